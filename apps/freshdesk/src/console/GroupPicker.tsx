import { useId } from 'react'
import { useI18n, type GroupsState } from '@deskmate/app-core'
import { TextField } from './ConsoleFields.tsx'

/** Props of GroupPicker: the group id in the form ('' = keep the ticket's group) and the helpdesk's groups. */
export type GroupPickerProps = {
  groups: GroupsState
  value: string
  error?: string | undefined
  onChange: (groupId: string) => void
}

/**
 * The escalation group, picked from the helpdesk's groups; a group the helpdesk no longer lists stays
 * selectable by its id. When the groups cannot be listed, the id is typed.
 */
export const GroupPicker = ({ groups, value, error, onChange }: GroupPickerProps) => {
  const { t } = useI18n()
  const id = useId()
  if (groups.error)
    return (
      <TextField
        label={t('console.escalation.group')}
        hint={t('console.escalation.groupsUnavailable', { error: groups.error.message })}
        value={value}
        error={error}
        onChange={onChange}
      />
    )
  const listed = groups.groups ?? []
  const isUnlisted = value !== '' && !listed.some((group) => group.id === value)
  return (
    <div className="fd-field">
      <label htmlFor={id}>{t('console.escalation.group')}</label>
      {groups.groups ? null : <span className="fd-hint">{t('console.escalation.groupsLoading')}</span>}
      <select id={id} className="fd-select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('console.escalation.keepGroup')}</option>
        {listed.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
        {isUnlisted ? (
          <option value={value}>{t('console.escalation.unlistedGroup', { id: value })}</option>
        ) : null}
      </select>
    </div>
  )
}
