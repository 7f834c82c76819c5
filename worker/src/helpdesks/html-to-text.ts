// Helpdesk HTML to text lives in the shared package, for the Worker and the sidebar apps alike.
export { MAX_HTML_CHARS, escapeHtml, htmlToText } from '@deskmate/shared'
