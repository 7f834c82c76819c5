/** A solved demo ticket's text: what the customer wrote and how an agent answered. */
export type DemoSolvedText = { subject: string; body: string; agentReply: string }

/** The categories of the demo history, in the order its decisions cycle through them. */
export const DEMO_HISTORY_CATEGORIES = ['billing', 'account_login', 'how_to', 'technical_problem'] as const
export type DemoHistoryCategory = (typeof DEMO_HISTORY_CATEGORIES)[number]

/** Recent demo tickets no article answered, a few topics worded several ways, for the knowledge gaps. */
export const DEMO_GAP_SUBJECTS = [
  'Carbon offset certificate for our order',
  'Need a carbon offset certificate for the invoice',
  'Is there a carbon offset certificate?',
  'Desk Display wall mount size',
  'Which wall mount fits the Desk Display?',
  'Planora export to Excel with formulas',
  'Export a Planora board to Excel',
  'Student discount for Planora',
]

const t = (subject: string, body: string, agentReply: string): DemoSolvedText => ({
  subject,
  body,
  agentReply,
})

/** Ten solved tickets per category, each worded differently (training cross-validates on them). */
export const DEMO_SOLVED_TEXTS: Record<DemoHistoryCategory, DemoSolvedText[]> = {
  billing: [
    t(
      'Charged twice this month',
      'My card shows two charges for the Team plan this month. Please refund one.',
      'Sorry about that! The second charge was a failed retry; we refunded it today, it shows within 5 days.',
    ),
    t(
      'Invoice needs our company name',
      'Our invoices only show my name. Can you add the company name and address?',
      'Open Settings → Billing → Billing details, add the company name and address; new invoices carry them.',
    ),
    t(
      'Where do I download invoices?',
      'Accounting asks for all invoices of this year as PDF. Where can I get them?',
      'Settings → Billing → Invoices lists every invoice; each has a PDF download.',
    ),
    t(
      'Update the credit card on file',
      'My card expired. How do I put the new one in before the renewal?',
      'Settings → Billing → Payment method → Replace card. The renewal uses the new card.',
    ),
    t(
      'VAT ID missing on invoice',
      'We are VAT registered in Germany and the invoice charged VAT. Our ID is DE123456789.',
      'We added your VAT ID and issued a corrected invoice without VAT; future invoices reverse-charge.',
    ),
    t(
      'Pay by bank transfer?',
      'Our finance team cannot use cards. Can we pay the annual plan by bank transfer?',
      'Yes, annual plans can be paid by transfer: choose Invoice at checkout and pay within 30 days.',
    ),
    t(
      'Refund for unused seats',
      'We removed five seats last week. Do we get the unused time back?',
      'Removed seats are credited pro rata on your next invoice; you will see the credit line there.',
    ),
    t(
      'Receipt in euros please',
      'The receipt is in dollars but we are billed in euros. Can I get it in EUR?',
      'Your billing currency is now EUR; the corrected receipt is in Settings → Billing → Invoices.',
    ),
    t(
      'Why did my price go up?',
      'The renewal was higher than last year. Nobody told us about a price change.',
      'The annual discount ended with your first year; we applied a one-time loyalty credit of 10%.',
    ),
    t(
      'Payment failed but card is fine',
      'The payment failed twice although the card works everywhere else.',
      'Your bank asked for 3-D Secure; use Retry payment in Billing and confirm in your banking app.',
    ),
  ],
  account_login: [
    t(
      'Forgot my password',
      'I cannot remember my password and cannot log in.',
      'On the sign-in page choose "Forgot password?" and follow the link we email you (valid for one hour).',
    ),
    t(
      'Reset link never arrives',
      'I requested a password reset three times and no email came.',
      'The emails were caught by your spam filter; allow no-reply@planora.example and request a new link.',
    ),
    t(
      'Locked out after too many attempts',
      'It says my account is locked. How long do I have to wait?',
      'A lock lasts 15 minutes; I unlocked it now, you can sign in again.',
    ),
    t(
      'Two-factor codes rejected',
      'My authenticator codes are always wrong since I changed phones.',
      'Your phone clock was off; turn on automatic time, or use a backup code and set up 2FA again.',
    ),
    t(
      'Change my login email',
      'I have a new work address. How do I change the email I sign in with?',
      'Settings → Profile → Email: enter the new address and confirm the link we send to it.',
    ),
    t(
      'SSO redirects in a loop',
      'Single sign-on sends me back to the sign-in page again and again.',
      'Your identity provider’s certificate had expired; your admin uploaded the new one and SSO works.',
    ),
    t(
      'Lost my phone with 2FA',
      'My phone was stolen and I have no authenticator. How do I get in?',
      'Sign in with one of your backup codes, then set up two-factor authentication on the new phone.',
    ),
    t(
      'Invite link expired',
      'My colleague’s invitation link says it expired.',
      'Invitations last 7 days; I sent a new one, it is in your inbox now.',
    ),
    t(
      'Cannot sign in with Google',
      'The Sign in with Google button shows an error about the domain.',
      'Your workspace allows only SSO; sign in with the company SSO button instead of Google.',
    ),
    t(
      'Session keeps logging me out',
      'Planora logs me out every few minutes in Chrome.',
      'A privacy extension deleted the session cookie; allow cookies for planora.example.',
    ),
  ],
  how_to: [
    t(
      'Repeat a task every week',
      'How do I make a task come back every Monday?',
      'Open the task, choose Repeat → Weekly → Monday; each time you complete it the next one appears.',
    ),
    t(
      'Import tasks from Trello',
      'We are moving from Trello. Can we bring our boards over?',
      'Use Import → Trello, sign in to Trello and pick the boards; lists become sections.',
    ),
    t(
      'Connect Planora to Slack',
      'I want task updates in our Slack channel.',
      'Settings → Integrations → Slack → Connect, then pick the channel for each project.',
    ),
    t(
      'Keyboard shortcut for new task',
      'Is there a shortcut to add a task quickly?',
      'Press N anywhere to add a task; press ? to see every shortcut.',
    ),
    t(
      'Export a project to CSV',
      'How can I export all tasks of a project to a spreadsheet?',
      'Project menu → Export → CSV downloads every task with its fields.',
    ),
    t(
      'Sync with Google Calendar',
      'Can my due dates show up in Google Calendar?',
      'Settings → Integrations → Google Calendar → Connect; due dates appear as all-day events.',
    ),
    t(
      'Use Planora offline',
      'I fly a lot. Does the mobile app work without internet?',
      'Yes: turn on Offline mode in the app settings; changes sync when you are back online.',
    ),
    t(
      'Add a guest to one project',
      'A freelancer should see only one project. How?',
      'Project → Share → Invite as guest; guests see only the projects they are invited to.',
    ),
    t(
      'Set up the Desk Display',
      'The Desk Display arrived. How do I get my tasks on it?',
      'Hold the button for 5 s, join its Wi-Fi, pick your network in the page that opens, then sign in.',
    ),
    t(
      'Move a task between projects',
      'I put a task in the wrong project. Can I move it?',
      'Open the task, click the project name at the top and choose the new project.',
    ),
  ],
  technical_problem: [
    t(
      'SYNC-409 error on mobile',
      'The app shows error SYNC-409 and my changes do not sync.',
      'Pull down to refresh, then Settings → Sync → Resolve conflicts; pick the version to keep.',
    ),
    t(
      'Notifications stopped arriving',
      'I no longer get push notifications on Android.',
      'Battery optimisation blocked the app; set Planora to Unrestricted in Android battery settings.',
    ),
    t(
      'Board does not load in Safari',
      'The board view stays blank in Safari 15.',
      'Safari 15 is too old for the board view; update Safari or use a current Chrome, Edge or Firefox.',
    ),
    t(
      'Desk Display stuck on logo',
      'The display shows the logo and never starts.',
      'A firmware update was interrupted; hold the button for 20 s to restore, then it updates again.',
    ),
    t(
      'Attachments fail to upload',
      'Uploading a 30 MB PDF fails every time.',
      'Attachments are limited to 25 MB; compress the PDF or share a link to it instead.',
    ),
    t(
      'API returns 429',
      'Our script gets HTTP 429 from the API after a few hundred calls.',
      'The API allows 100 requests a minute; wait for the Retry-After seconds before calling again.',
    ),
    t(
      'Desk Display loses Wi-Fi',
      'The display drops off Wi-Fi every night.',
      'Your router switches to 5 GHz only at night; the display needs 2.4 GHz, keep that band on.',
    ),
    t(
      'Calendar sync duplicates events',
      'Every task shows twice in Google Calendar.',
      'Two calendar connections were active; remove the older one in Settings → Integrations.',
    ),
    t(
      'Search finds nothing',
      'Search returns no results for tasks I know exist.',
      'The search index was rebuilding after the migration; it is complete now, please try again.',
    ),
    t(
      'App crashes on start (iOS)',
      'The iPhone app closes right after opening.',
      'Version 5.2.0 had a crash on iOS 16; update to 5.2.1 from the App Store.',
    ),
  ],
}
