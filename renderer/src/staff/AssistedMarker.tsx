// Shown in the header for the whole of an assisted visit, so the litigant and anyone looking over
// can see a helper is filling in the forms (帮办), with the helper's way to end the visit and sign out.
import { useTranslation } from 'react-i18next';
import { useVisit } from '../app/visit-context';
import { HelperIcon } from '../components/icons';
import { useStaffMode } from './staff-mode';

export function AssistedMarker() {
  const { t } = useTranslation();
  const staffMode = useStaffMode();
  const visit = useVisit();
  if (!staffMode?.assistedBy) return null;
  return (
    <div className="assisted-marker" data-assisted-by={staffMode.assistedBy.staffId}>
      <p className="assisted-marker__who" role="status">
        <HelperIcon size="sm" />
        <span>{t('helper.assist.marker', { name: staffMode.assistedBy.name })}</span>
      </p>
      {/* Ending the visit wipes it like the home button does; StaffMode then signs the helper out. */}
      <button type="button" className="assisted-marker__end" onClick={() => visit.end('home')}>
        {t('helper.assist.end')}
      </button>
    </div>
  );
}
