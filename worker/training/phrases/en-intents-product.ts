import type { Intent } from './types.ts'
import { defineIntent } from './define.ts'

/** English intents about using the product and the Desk Display. */
export const EN_PRODUCT_INTENTS: readonly Intent[] = [
  defineIntent(
    'technical_problem high incident',
    ['calm', 'annoyed', 'furious', 'urgent'],
    ['Planora is down', 'App not loading', 'Is there an outage?', 'Everything is broken'],
    [
      'The {app} shows a blank page for everyone in our office since about 9am. Nothing loads.',
      'We keep getting error {code} and "Cannot reach server" on every device, the status page says all good.',
      'None of our {n} users can open their projects, the page just spins forever.',
    ],
  ),
  defineIntent(
    'technical_problem normal incident',
    ['calm', 'polite', 'annoyed'],
    ['{integration} sync stopped', '{integration} integration not working', 'Integration broken'],
    [
      'Our {integration} integration stopped posting updates yesterday. Nothing changed on our side.',
      'Tasks no longer show up in {integration} since Monday, reconnecting did not help.',
      'The {integration} connection says "token revoked" and the reconnect button does nothing.',
    ],
  ),
  defineIntent(
    'technical_problem normal incident',
    ['calm', 'polite', 'annoyed'],
    ['Not getting notifications', 'Email notifications stopped', 'No push notifications'],
    [
      'I do not get any notifications anymore on the {app}, neither for comments nor for due dates.',
      'Email notifications stopped arriving for our whole team two days ago. Not in spam either.',
      'Reminders for due tasks no longer appear on my phone although notifications are switched on.',
    ],
  ),
  defineIntent(
    'technical_problem normal problem',
    ['calm', 'annoyed', 'furious'],
    ['Planora is very slow', 'Performance issues', 'App sluggish every afternoon'],
    [
      'Loading a project board takes 20 to 30 seconds since last week, in {browser} and in the {app}.',
      'Typing in task descriptions lags badly, every keystroke takes a second to appear.',
      'The whole app has been sluggish every afternoon for two weeks, it slows our team down.',
    ],
  ),
  defineIntent(
    'technical_problem normal incident',
    ['calm', 'polite', 'annoyed'],
    [
      'Desk Display will not connect to Wi-Fi',
      'Desk Display stuck in Recovery mode',
      'Display blank after moving offices',
    ],
    [
      'My Desk Display pairs with my phone but fails to join our Wi-Fi, it says "Connection failed".',
      'The display has been showing "Recovery mode" since last night\'s update and does not start.',
      'After moving offices the Desk Display went blank and does not find the new network.',
    ],
  ),
  defineIntent(
    'technical_problem normal incident',
    ['calm', 'annoyed', 'furious'],
    ['Error {code} when syncing', 'Sync error {code}', 'Changes not syncing'],
    [
      'I get error {code} on the {app} every time I come back online, and my edits do not show up on the laptop.',
      'The {app} keeps showing a sync conflict with code {code} for the same task.',
      'My changes from the {app} are not syncing to the web since this morning, error {code}.',
    ],
  ),
  defineIntent(
    'bug_report normal problem',
    ['calm', 'annoyed'],
    ['Bug: crash with attachments', 'Crash on the {app} when dragging', 'Calendar view crashes the app'],
    [
      'The {app} crashes every time I open a task that has a PDF attachment. Steps: open project, tap task, crash.',
      'If I drag a task to another section while a filter is active, the {app} closes immediately.',
      'Opening the calendar view on the {app} with more than 200 tasks crashes the app.',
    ],
  ),
  defineIntent(
    'bug_report normal problem',
    ['calm', 'polite'],
    ['Due dates off by one day', 'Recurring task skips February', 'Reminder email shows wrong date'],
    [
      'Tasks due on Friday show as Thursday in the week view when my laptop is set to Pacific time.',
      'Recurring tasks created on the last day of the month skip February completely.',
      'The due date in the email reminder is one day earlier than the date shown in the app.',
    ],
  ),
  defineIntent(
    'bug_report low problem',
    ['calm', 'polite', 'delighted'],
    ['Dark mode label colours unreadable', 'Button overlaps text', 'Small typo in tooltip'],
    [
      'In dark mode the label colours on the board are unreadable, black text on dark grey.',
      'On small screens the Save button overlaps the description field in the task panel.',
      'The tooltip for the filter icon says "Fliter". Tiny thing, but thought you should know.',
    ],
  ),
  defineIntent(
    'bug_report normal problem',
    ['calm', 'annoyed'],
    ['CSV export bug', 'Import bug: dates wrong', 'JSON export missing subtasks'],
    [
      'The CSV export breaks rows when a task description contains a comma followed by a line break.',
      'When I import a CSV with dates like 03/04/2026, Planora reads them as March instead of April.',
      'Exported JSON is missing the subtasks of tasks that are in archived sections.',
    ],
  ),
  defineIntent(
    'bug_report high problem',
    ['annoyed', 'furious', 'urgent'],
    ['Update broke drag and drop', 'Regression since the last update', 'Bug after update'],
    [
      'Since the last update, drag and drop in the board view does nothing in {browser}. It worked fine last week.',
      'After updating the {app}, completed tasks reappear as open the next day.',
      'The new version duplicates every comment I post. This started right after the update.',
    ],
  ),
  defineIntent(
    'feature_request low task',
    ['calm', 'polite', 'delighted'],
    ['Feature request: timeline with dependencies', 'Idea: time estimates', 'Please add custom fields'],
    [
      'It would be great to have a timeline view where moving one task moves the tasks that depend on it.',
      'Could you add a way to set estimates in hours and see the total per project?',
      'Please let us add custom fields like budget or client name to tasks.',
    ],
  ),
  defineIntent(
    'feature_request low task',
    ['calm', 'polite', 'delighted'],
    ['Integration request: Jira', 'Would love a Notion integration', 'Zoom integration?'],
    [
      'We use Jira for engineering and Planora for everything else. A two-way integration would save us a lot of copying.',
      'Could you build an integration with Notion so that tasks link to our docs?',
      'An integration that adds a Zoom link to meeting tasks automatically would be amazing.',
    ],
  ),
  defineIntent(
    'feature_request low question',
    ['calm', 'polite', 'delighted'],
    ['Nested subtasks on the roadmap?', 'Team status on the Desk Display?', 'Approval workflow planned?'],
    [
      'Is there any plan to support nested subtasks? Where can I see the roadmap?',
      "Do you plan to let the Desk Display show the whole team's status, not only mine?",
      'Are you planning an approval workflow for tasks? Our managers keep asking.',
    ],
  ),
  defineIntent(
    'feature_request normal task',
    ['annoyed'],
    ['Still no time tracking?', 'Please finally add bulk edit', 'Basic feature missing: project permissions'],
    [
      'We asked for time tracking a year ago and it is still not there. Every competitor has it.',
      'It is hard to believe there is still no way to bulk edit due dates.',
      'Please add permissions per project, right now everyone can see everything.',
    ],
  ),
  defineIntent(
    'how_to low question',
    ['calm', 'polite', 'delighted'],
    ['How do I create a recurring task?', 'Repeat a task every week', 'Recurring tasks'],
    [
      'How can I make a task repeat every Monday for the whole team?',
      'Is it possible to have a task come back on the last Friday of every month?',
      'How do I stop a recurring task without deleting the old ones?',
    ],
  ),
  defineIntent(
    'how_to normal question',
    ['calm', 'polite', 'delighted'],
    ['Import from Trello', 'How to import a CSV', 'Import a big spreadsheet'],
    [
      'We are moving from Trello. How do we import our boards with the checklists?',
      'What format does the CSV need to have to import tasks with assignees and due dates?',
      'Can I import a spreadsheet of 3,000 tasks in one go?',
    ],
  ),
  defineIntent(
    'how_to low question',
    ['calm', 'polite', 'delighted'],
    ['Keyboard shortcuts?', 'Customise shortcuts', 'Shortcut for My tasks'],
    [
      'Is there a list of keyboard shortcuts somewhere? I want to create tasks faster.',
      'Can I change the shortcut for completing a task? It clashes with my browser extension.',
      'What is the shortcut to jump to My tasks?',
    ],
  ),
  defineIntent(
    'how_to normal question',
    ['calm', 'polite', 'annoyed'],
    ['How do I connect {integration}?', 'Set up {integration}', 'Connecting {integration}'],
    [
      'How do I connect Planora to {integration} so that updates from one project go to one channel?',
      'Can you explain how to set up the {integration} integration? I cannot find it in settings.',
      'I am the admin. What do I need to do so my team can use {integration} with Planora?',
    ],
  ),
  defineIntent(
    'how_to low question',
    ['calm', 'polite'],
    ['Add members to a project', 'Guest access', 'How do permissions work?'],
    [
      'How do I invite a freelancer to one project without giving access to the whole workspace?',
      'What is the difference between a member and a guest, and do guests count as paid seats?',
      'How can I make someone an admin of the workspace?',
    ],
  ),
  defineIntent(
    'how_to normal question',
    ['calm', 'polite'],
    ['How do I export my data?', 'Export a project', 'Backup of our workspace'],
    [
      'How do I export all projects including comments? We want a backup every quarter.',
      'Can I export a single project to CSV to share it with a client?',
      'Is there a way to download everything as JSON?',
    ],
  ),
  defineIntent(
    'how_to low question',
    ['calm', 'polite'],
    ['Use the app offline?', 'Offline mode', 'Working without internet'],
    [
      'Can I use the {app} on a plane and have my changes sync later?',
      'How do I make a project available offline on my phone?',
      'What happens to tasks I edit while I have no connection?',
    ],
  ),
  defineIntent(
    'shipping_returns normal question',
    ['calm', 'polite', 'annoyed'],
    ['Where is my order {order}?', 'Shipping time to {country}', 'Order {order} still processing'],
    [
      'I ordered a Desk Display last week (order {order}) and have not received a tracking number yet.',
      'How long does delivery to {country} take? I need the display before the end of the month.',
      'My order {order} still shows "processing". When will it ship?',
    ],
  ),
  defineIntent(
    'shipping_returns high incident',
    ['calm', 'annoyed', 'furious'],
    ['Package marked delivered but not received', 'Tracking stuck', 'Lost package {order}'],
    [
      'Tracking for {order} says delivered two days ago but nothing arrived, neighbours have nothing either.',
      'The tracking for {order} has not moved for 10 days, it is stuck at the customs facility.',
      'My Desk Display order {order} seems to be lost, the carrier says it was returned to sender.',
    ],
  ),
  defineIntent(
    'shipping_returns normal task',
    ['calm', 'polite'],
    ['Return request for {order}', 'I want to return my Desk Display', 'Return and refund'],
    [
      'The Desk Display does not fit our desk setup, I would like to return it. Order {order}, delivered 9 days ago.',
      'Please send me a return label for order {order}, the display is unused and in its box.',
      'We ordered two displays by mistake, we want to return one of them.',
    ],
  ),
  defineIntent(
    'shipping_returns normal incident',
    ['calm', 'polite', 'annoyed'],
    ['Display arrived damaged', 'Broken screen on arrival', 'Wrong item received'],
    [
      'My Desk Display arrived with a cracked screen, order {order}. I can send photos.',
      'The box for order {order} was crushed and the display does not turn on.',
      'I received a USB cable but no stand in the box for order {order}.',
    ],
  ),
  defineIntent(
    'shipping_returns low question',
    ['calm', 'polite', 'delighted'],
    ['Customs fees?', 'Do you ship to {country}?', 'Change delivery address'],
    [
      'Will I have to pay customs or import tax when the display is delivered to {country}?',
      'Do you ship the Desk Display to {country}, and how much does shipping cost?',
      'Can I change the delivery address after ordering?',
    ],
  ),
  defineIntent(
    'shipping_returns normal task',
    ['calm', 'annoyed'],
    ['Warranty claim', 'Display stopped working', 'Desk Display defect'],
    [
      'My Desk Display stopped refreshing after 8 months. Is this covered by the warranty?',
      'The button on the back of my display no longer responds. I bought it in {month}.',
      'The display turns on but the screen shows stripes. Serial number on request.',
    ],
  ),
]
