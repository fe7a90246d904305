// Every screen is prerendered as part of the offline shell; data loads in the browser.
export const prerender = true;
export const trailingSlash = 'never';
