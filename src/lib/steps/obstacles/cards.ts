/** What a follow-up's room writes down after the status round: what is in the way, and help. */
export const OBSTACLE_CARDS = ['obstacle', 'help'] as const;
