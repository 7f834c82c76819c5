import type { Intent } from './types.ts'
import { defineIntent } from './define.ts'

/** English intents about money, access, leaving, security and everything else. */
export const EN_ACCOUNT_INTENTS: readonly Intent[] = [
  defineIntent(
    'billing low task',
    ['calm', 'polite'],
    ['Need a copy of invoice {invoice}', 'Invoices for our accountant', 'Invoice for {month}'],
    [
      'Could you send me a PDF of invoice {invoice}? Our accountant needs it for the quarterly closing.',
      'I need all invoices for this year for our bookkeeping, ideally as PDFs in one email.',
      'Our finance team asks for the invoice of the {month} payment with our company address on it.',
    ],
  ),
  defineIntent(
    'billing high incident',
    ['calm', 'annoyed', 'furious'],
    ['Charged twice this month', 'Why was I billed {amount}?', 'Unexpected charge after downgrading'],
    [
      'I see two charges of {amount} from Planora on my card statement on the same day. Please refund the duplicate.',
      'We were billed {amount} although we are on the {plan} plan with 5 seats. That does not match your price page.',
      'My bank shows a payment of {amount} from Planora that I did not expect, we downgraded to Free last month.',
    ],
  ),
  defineIntent(
    'billing normal task',
    ['calm', 'polite', 'annoyed'],
    ['Card expired, payment failed', 'Pay with PayPal instead', 'Update credit card on file'],
    [
      'Our card expired and the payment for the {plan} plan failed. How do I add the new card before the workspace gets suspended?',
      'I got an email saying the payment failed. I would like to pay with PayPal instead of the card.',
      'We need to replace the card on file with our new company card, the old one was cancelled by the bank.',
    ],
  ),
  defineIntent(
    'billing normal task',
    ['calm', 'polite'],
    ['VAT number missing on invoice', 'Change billing address', 'Company name on invoices'],
    [
      'We are a registered business in {country} and were charged VAT. Please add our VAT ID and reissue invoice {invoice}.',
      'Our company moved offices, please update the billing address on future invoices and on {invoice} if possible.',
      'The invoice shows my personal name, it should show our company name and VAT number instead.',
    ],
  ),
  defineIntent(
    'billing low question',
    ['calm', 'polite', 'delighted'],
    [
      'Question about yearly pricing',
      'Discount for nonprofits?',
      'How is the price for extra seats calculated?',
    ],
    [
      'If we switch from monthly to yearly on the {plan} plan, how much do we save and when are we charged?',
      'We are a small charity with {n} volunteers. Do you offer a nonprofit or education discount?',
      'When I add a member in the middle of the month, do I pay the full month or a prorated amount?',
    ],
  ),
  defineIntent(
    'account_login normal question',
    ['calm', 'polite', 'annoyed'],
    ['Forgot my password', 'Cannot log in', 'How do I reset my password?', 'password reset'],
    [
      'I forgot my password and cannot log in to Planora. How can I reset it?',
      'I have not used Planora for a few months and cannot remember my password. Can you send me a reset link?',
      'Trying to log in on the {app} but my password is not accepted anymore. What should I do?',
    ],
  ),
  defineIntent(
    'account_login normal incident',
    ['calm', 'annoyed', 'furious'],
    ['Reset email never arrives', 'Reset link expired immediately', 'Forgot password does nothing'],
    [
      'I requested a password reset four times and no email arrived, not even in spam.',
      'The reset link says it has expired although I clicked it right after it arrived.',
      'I click Forgot password, enter my email and nothing happens. I am locked out of my projects.',
    ],
  ),
  defineIntent(
    'account_login high incident',
    ['calm', 'polite', 'annoyed'],
    ['Lost my phone, cannot get 2FA code', 'Two-factor code not accepted', 'Locked out by 2FA'],
    [
      'My phone was stolen and my authenticator app was on it. I do not have the backup codes. How do I get back in?',
      'The six-digit code from my authenticator is rejected every time, even right after it refreshes.',
      'I switched to a new phone and forgot to move the 2FA. Now I cannot sign in at all.',
    ],
  ),
  defineIntent(
    'account_login high incident',
    ['calm', 'annoyed', 'urgent'],
    ['SSO login broken', 'Account locked', 'SSO error: user not assigned'],
    [
      'None of our users can sign in with SSO since this morning, Planora says "Invalid SAML response".',
      'My account says "Too many attempts, try again later" and it has been over an hour.',
      'After our Okta change, people get "User not assigned to this application" when they try to log in.',
    ],
  ),
  defineIntent(
    'account_login low task',
    ['calm', 'polite'],
    ['Change my login email', 'Update email address', 'Move account to new email'],
    [
      'I changed jobs and want to use my new email address to log in, keeping my tasks and projects.',
      'Please change the email on my account, our company domain changed last month.',
      'The email field in my profile is greyed out and I need to update it. How do I do that?',
    ],
  ),
  defineIntent(
    'cancellation normal task',
    ['calm', 'polite', 'delighted'],
    ['Cancel subscription', 'Please cancel our {plan} plan', 'Cancellation request'],
    [
      'We are closing the project this team used Planora for. Please cancel our {plan} subscription at the end of the period.',
      'I would like to cancel my subscription. It was useful but we no longer need it.',
      'Our company picked another tool for next year, so please cancel the {plan} plan before it renews.',
    ],
  ),
  defineIntent(
    'cancellation low question',
    ['calm', 'polite'],
    ['What happens if I cancel?', 'Cannot find the cancel button', 'Cancel yearly plan early?'],
    [
      'If we cancel, do we keep access until the end of the billing period, and what happens to our projects afterwards?',
      'Where is the cancel button? I am the workspace owner but I only see Change plan.',
      'Can I cancel the yearly plan now and still use it until it ends in {month}?',
    ],
  ),
  defineIntent(
    'cancellation normal task',
    ['calm', 'annoyed'],
    ['Turn off auto-renewal', 'Do not renew our plan', 'Stop automatic renewal'],
    [
      'Please make sure our subscription does not renew automatically next month.',
      'I do not want to be charged again on renewal, please switch off automatic renewal for our workspace.',
      'Our plan renews on the 1st and we do not want that, please stop the renewal.',
    ],
  ),
  defineIntent(
    'cancellation normal task',
    ['annoyed', 'furious'],
    ['Cancel my account', 'I want out', 'Cancelling, not worth the money'],
    [
      'The app has been unreliable for weeks and nobody seems to care. Cancel my subscription.',
      'I have had enough of the constant sync problems. Please cancel our {plan} plan effective today.',
      'Cancel everything. The price went up again and the product got worse.',
    ],
  ),
  defineIntent(
    'cancellation low task',
    ['calm', 'polite'],
    ['Close my account', 'Delete our old workspace', 'Close workspace'],
    [
      'I no longer use Planora, please close my account.',
      'We have a second workspace we created by mistake, please delete it and cancel it.',
      'Our agency closed. Please close the workspace and make sure nothing is billed anymore.',
    ],
  ),
  defineIntent(
    'security urgent incident',
    ['calm', 'annoyed', 'urgent'],
    ['My account was hacked', 'Unauthorized login on my account', 'Someone else logged into my account'],
    [
      'I received a new sign-in alert from a country I have never been to and my password no longer works.',
      'Someone changed my email address and deleted two projects. I think my account was compromised.',
      'There are tasks and comments in my workspace that nobody on our team wrote. Someone has access.',
    ],
  ),
  defineIntent(
    'security urgent incident',
    ['calm', 'annoyed', 'furious'],
    ["I can see another company's data", 'Data exposure', 'Wrong workspace shown'],
    [
      'When I opened a shared link I saw tasks from a company I have nothing to do with, including their client names.',
      "A member of our team received an email with someone else's project attachments.",
      'The search results in the {app} show projects from another organization.',
    ],
  ),
  defineIntent(
    'security high incident',
    ['calm', 'polite'],
    ['Vulnerability report', 'Security issue in password reset', 'Attachment links stay public'],
    [
      'I found a stored XSS in the task description field that runs script for anyone who opens the task. Details attached.',
      'Your password reset endpoint does not rate limit requests, which allows account enumeration.',
      'An attachment link stays valid after the file was deleted and can be opened without logging in.',
    ],
  ),
  defineIntent(
    'security high incident',
    ['calm', 'annoyed'],
    [
      'Phishing email pretending to be Planora',
      'Suspicious email about my account',
      'Is this email from you?',
    ],
    [
      'Several of our staff got an email from "Planora Billing" asking them to log in on planora-secure-login.com.',
      'I got an email asking for my password to "verify my workspace". It looks fake, please confirm.',
      'A message in our inbox says our Planora account will be deleted unless we enter card details on a link.',
    ],
  ),
  defineIntent(
    'security normal question',
    ['calm', 'polite'],
    ['SOC 2 report request', 'Where is our data stored?', 'Security questionnaire'],
    [
      'Our procurement team needs your SOC 2 Type II report and a signed DPA before we roll out to {n} users.',
      'Where is customer data stored and is it encrypted at rest? We need this for our security review.',
      'Can you fill in our vendor security questionnaire? It covers encryption, backups and access control.',
    ],
  ),
  defineIntent(
    'complaint normal problem',
    ['annoyed', 'furious'],
    ['No reply for five days', 'Useless canned answers', 'Complaint about your support'],
    [
      'I opened a ticket five days ago and nobody replied. This is not the service I pay for.',
      'Every answer I get is a copy-pasted article that has nothing to do with my question.',
      'I was promised a callback twice and nobody called. Your support process is a joke.',
    ],
  ),
  defineIntent(
    'complaint normal problem',
    ['annoyed', 'furious'],
    ['Price increase', 'Unfair price change', 'Why did our bill go up?'],
    [
      'You raised the price of the {plan} plan by 30% with two weeks notice. That is not how you treat loyal customers.',
      'We were never told that features we use would move to a more expensive plan.',
      'Our renewal came in much higher than last year for the same number of seats.',
    ],
  ),
  defineIntent(
    'complaint normal problem',
    ['annoyed', 'furious'],
    ['Very disappointed with Planora lately', 'Quality has gone downhill', 'Feedback: not happy'],
    [
      'Since the redesign everything takes more clicks and the team keeps complaining to me about it.',
      'Between the outages and the slow mobile app, Planora has become a source of stress instead of help.',
      'We recommended Planora to three partner companies and now I regret it.',
    ],
  ),
  defineIntent(
    'complaint high problem',
    ['annoyed', 'furious'],
    ['Rude support agent', 'Complaint about an employee', 'Unprofessional reply'],
    [
      'The agent on chat told me to "read the docs" and closed the conversation while I was still typing.',
      'I was spoken to in a condescending way on the phone today and want this to be escalated to a manager.',
      'Your agent blamed me for a billing mistake your system made.',
    ],
  ),
  defineIntent(
    'other low question',
    ['calm', 'polite', 'delighted'],
    ['Partnership inquiry', 'Feature Planora in my newsletter?', 'Affiliate program'],
    [
      'We are a consultancy that sets up planning tools for clients. Do you have a partner or reseller program?',
      'I write a newsletter about productivity and would like to feature Planora. Who can I talk to?',
      'Do you run an affiliate program for people who recommend Planora?',
    ],
  ),
  defineIntent(
    'other low question',
    ['polite', 'delighted'],
    ['Thank you!', 'Just a quick thanks', 'Great product'],
    [
      'No problem to report, I just wanted to say the new board view saved our team hours this week.',
      'Your colleague on chat yesterday was incredibly helpful, please pass on my thanks.',
      'We have used Planora for two years now and it keeps getting better.',
    ],
  ),
  defineIntent(
    'other low question',
    ['calm', 'polite'],
    ['Job opening question', 'Press inquiry', 'Event speaker request'],
    [
      'Are you hiring customer success people in Europe? I could not find a careers page.',
      'I am a journalist writing about remote team tools and would like to interview someone from Planora.',
      'We are organising a conference on team productivity and would love a speaker from Planora.',
    ],
  ),
  defineIntent(
    'other normal task',
    ['calm', 'polite'],
    ['Data access request', 'Please delete my personal data (GDPR)', 'Privacy request'],
    [
      'Under GDPR I would like a copy of all personal data you hold about me.',
      'Please delete all my personal data from your systems and confirm when it is done.',
      'I left my previous employer, please erase my personal information from their workspace.',
    ],
  ),
]
