/** The e2e server's metrics token and log file (playwright.config.ts sets them). */
export const METRICS_TOKEN = 'e2e-metrics-token';
export const SERVER_LOG = 'data/e2e-server.log';
