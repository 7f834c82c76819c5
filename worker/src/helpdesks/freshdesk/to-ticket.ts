// Freshdesk's ticket mapping lives in the shared package, for the Worker and the Freshdesk app alike.
export {
  freshdeskTicketToTicket,
  fromFreshdeskStatus,
  toFreshdeskStatus,
  fromFreshdeskPriority as toPriority,
  freshdeskPriorityCode as priorityCode,
  fromFreshdeskSource as toChannel,
} from '@deskmate/shared'
