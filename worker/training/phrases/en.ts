import type { LanguagePack } from './types.ts'
import { EN_ACCOUNT_INTENTS } from './en-intents-account.ts'
import { EN_PRODUCT_INTENTS } from './en-intents-product.ts'
import { EN_WRITTEN } from './en-written.ts'

/** English: the bulk of the training set (about 60 %). */
export const EN_PACK: LanguagePack = {
  lang: 'en',
  perIntent: 10,
  tones: {
    calm: {
      openers: ['', '', 'Hi,', 'Hello,', 'Hi there,', 'Good morning,'],
      closers: ['', '', 'Regards, {name}', 'Thanks.', '- {name}', 'Best, {name}'],
    },
    polite: {
      openers: [
        'Hi team, hope you are well!',
        'Hello, thanks in advance for your help.',
        'Hi, hope your day is going well.',
      ],
      closers: [
        'Thanks so much for your help!',
        'Much appreciated, have a great day!',
        'Thank you, I really appreciate it. {name}',
        'Thanks a lot, you have always been very helpful.',
      ],
    },
    delighted: {
      openers: [
        'First of all, we love Planora!',
        'Big fan of Planora here, it changed how our team works!',
        'Your product is fantastic and the whole team loves it.',
      ],
      closers: [
        'Keep up the amazing work!',
        'You folks are the best, thanks a million!',
        'Honestly the best tool we have bought this year :)',
        'Thank you so much, brilliant support as always!',
      ],
    },
    annoyed: {
      openers: [
        'This is getting frustrating.',
        'Not happy about this.',
        'I already wrote about this last week.',
        'Sigh.',
      ],
      closers: [
        'Please sort this out, it is wasting my time.',
        'Disappointed, to be honest.',
        'I expected better from a paid product.',
        'Still waiting for a proper answer.',
      ],
    },
    furious: {
      openers: [
        'This is absolutely unacceptable!!',
        'I am furious.',
        'Third time I am writing and still NOTHING.',
        'Seriously, what is going on with you people?',
      ],
      closers: [
        'Worst customer experience I have ever had.',
        'Fix this NOW or we are done with Planora.',
        'Ridiculous. I want a manager to call me today.',
        'Absolutely disgusted with how this has been handled.',
      ],
    },
    urgent: {
      openers: ['URGENT:', 'Urgent, please escalate!', 'Critical issue!', 'Need help immediately -'],
      closers: [
        'Our whole team is blocked right now.',
        'We have a client deadline in two hours, please help ASAP.',
        'This is stopping {n} people from working.',
        'Please call me back as soon as possible.',
      ],
    },
  },
  slots: {
    name: ['Sarah', 'Tom', 'J. Alvarez', 'Mike', 'Priya', 'Chen', 'Olga', 'Daniel K.', 'Fatima', 'Ben'],
    order: ['PD-51873', 'PD-52204', 'PD-53981', 'PD-55012', 'PD-56470', 'PD-57733', 'PD-58126', 'PD-59364'],
    invoice: ['PLN-2026-003918', 'PLN-2026-004107', 'PLN-2026-004512', 'PLN-2026-004790', 'PLN-2025-011264'],
    amount: ['$96', '€348', '$1,188', '£240', '€79', '$480', '€1,440', '$24'],
    plan: ['Team', 'Business', 'Enterprise'],
    app: ['iOS app', 'Android app', 'web app', 'iPad app', 'Mac desktop app'],
    browser: ['Chrome', 'Firefox', 'Safari', 'Edge'],
    integration: ['Slack', 'Google Calendar', 'Microsoft Teams', 'Outlook calendar'],
    country: [
      'Germany',
      'the Netherlands',
      'Canada',
      'Australia',
      'Ireland',
      'Japan',
      'Brazil',
      'South Africa',
    ],
    n: ['12', '30', '45', '80', '150', '300'],
    month: ['January', 'March', 'June', 'August', 'September', 'October'],
    code: ['SYNC-409', 'AUTH-401', 'NET-503', 'ERR-500', 'SYNC-409'],
  },
  intents: [...EN_ACCOUNT_INTENTS, ...EN_PRODUCT_INTENTS],
  written: EN_WRITTEN,
}
