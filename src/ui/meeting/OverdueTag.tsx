import { OVERDUE_LABEL } from '../../state/meeting/overdue';

/** "Försenad" as a word, so a late action is never told by colour alone. */
export function OverdueTag() {
  return (
    <strong class="overdue-tag" data-testid="overdue">
      {OVERDUE_LABEL}
    </strong>
  );
}
