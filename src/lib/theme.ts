// The app's look as NL Design System basis tokens: which basis token (or tokens, the first that a
// theme sets) each of the app's colours and fonts reads, and the default theme's values (today's
// calm, neutral look; never an organisation's house style). src/lib/styles/app.css declares the
// same (theme.spec.ts holds the two together); an organisation's theme sets basis tokens (or its
// own, which they refer to) and nothing else.

/** What the app colours, and the basis tokens it reads for it, first set first. */
export const THEME_ROLES = {
	text: ['--basis-color-default-color-document'],
	textSubtle: ['--basis-color-default-color-subtle'],
	background: ['--basis-color-default-bg-document'],
	surface: ['--basis-color-default-bg-default'],
	border: ['--basis-color-default-border-default'],
	borderSubtle: ['--basis-color-default-border-subtle'],
	heading: ['--basis-heading-color', '--basis-color-accent-1-color-default'],
	link: ['--basis-color-action-1-color-default', '--basis-color-accent-1-color-default'],
	linkHover: ['--basis-color-action-1-color-hover', '--basis-color-accent-1-color-hover'],
	primary: [
		'--basis-color-action-1-inverse-bg-default',
		'--basis-color-accent-1-inverse-bg-default'
	],
	primaryHover: [
		'--basis-color-action-1-inverse-bg-hover',
		'--basis-color-accent-1-inverse-bg-hover'
	],
	onPrimary: [
		'--basis-color-action-1-inverse-color-default',
		'--basis-color-accent-1-inverse-color-default'
	],
	primarySubtle: ['--basis-color-accent-1-bg-subtle'],
	success: ['--basis-color-positive-color-default'],
	successSubtle: ['--basis-color-positive-bg-subtle'],
	error: ['--basis-color-negative-color-default'],
	errorSubtle: ['--basis-color-negative-bg-subtle'],
	warningSubtle: ['--basis-color-warning-bg-subtle'],
	focus: ['--basis-focus-background-color'],
	focusRing: ['--basis-focus-outline-color', '--basis-color-default-color-document'],
	fontFamily: ['--basis-text-font-family-default']
} as const;
export type ThemeRole = keyof typeof THEME_ROLES;

/** The default theme: the basis tokens app.css sets when no organisation's theme does. */
export const DEFAULT_BASIS: Record<string, string> = {
	'--basis-color-default-color-document': '#1a1a1a',
	'--basis-color-default-color-subtle': '#4a4a4a',
	'--basis-color-default-bg-document': '#f5f6f7',
	'--basis-color-default-bg-default': '#ffffff',
	'--basis-color-default-border-default': '#8a8a8a',
	'--basis-color-default-border-subtle': '#d4d4d4',
	'--basis-color-accent-1-color-default': '#154273',
	'--basis-color-accent-1-color-hover': '#0d2c4f',
	'--basis-color-accent-1-inverse-bg-default': '#154273',
	'--basis-color-accent-1-inverse-bg-hover': '#0d2c4f',
	'--basis-color-accent-1-inverse-color-default': '#ffffff',
	'--basis-color-accent-1-bg-subtle': '#e8eef5',
	'--basis-color-positive-color-default': '#1e6b30',
	'--basis-color-positive-bg-subtle': '#e6f2e8',
	'--basis-color-negative-color-default': '#b01f1f',
	'--basis-color-negative-bg-subtle': '#fbeaea',
	'--basis-color-warning-bg-subtle': '#fff4d6',
	'--basis-focus-background-color': '#ffbf47',
	'--basis-text-font-family-default':
		"system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
};

/**
 * The pairs a theme must keep legible (WCAG 2.2 AA): text 4.5:1 (1.4.3), controls' borders and
 * the focus ring 3:1 (1.4.11, 2.4.13's spirit). The beamer's own white is among the backgrounds.
 */
export const CONTRAST_PAIRS: { fore: ThemeRole; back: ThemeRole | 'white'; min: number }[] = [
	{ fore: 'text', back: 'background', min: 4.5 },
	{ fore: 'text', back: 'surface', min: 4.5 },
	{ fore: 'textSubtle', back: 'surface', min: 4.5 },
	{ fore: 'textSubtle', back: 'background', min: 4.5 },
	{ fore: 'heading', back: 'background', min: 4.5 },
	{ fore: 'heading', back: 'surface', min: 4.5 },
	{ fore: 'heading', back: 'white', min: 4.5 },
	{ fore: 'link', back: 'background', min: 4.5 },
	{ fore: 'link', back: 'surface', min: 4.5 },
	{ fore: 'onPrimary', back: 'primary', min: 4.5 },
	{ fore: 'onPrimary', back: 'primaryHover', min: 4.5 },
	{ fore: 'primary', back: 'white', min: 4.5 },
	{ fore: 'primary', back: 'surface', min: 4.5 },
	{ fore: 'error', back: 'surface', min: 4.5 },
	{ fore: 'border', back: 'surface', min: 3 },
	{ fore: 'focusRing', back: 'background', min: 3 },
	{ fore: 'focusRing', back: 'focus', min: 3 }
];

/** The CSS value of a role: `var(--first, var(--second))`, as app.css writes it. */
export function roleValue(role: ThemeRole): string {
	return [...THEME_ROLES[role]]
		.reverse()
		.reduce((inner, token) => (inner === '' ? `var(${token})` : `var(${token}, ${inner})`), '');
}
