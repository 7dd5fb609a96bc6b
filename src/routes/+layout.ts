// Every page is prerendered to HTML: the text reads without JavaScript, on any static host.
export const prerender = true;
export const trailingSlash = 'always';
