// Shown in the header for the whole of an assisted visit, so the litigant and anyone looking over
// can see a helper is filling in the forms (帮办), and the helper can hand back or end it.
import { useTranslation } from 'react-i18next';
import { HelperIcon } from '../components/icons';
import { useStaffMode } from './staff-mode';

export function AssistedMarker() {
  const { t } = useTranslation();
  const staffMode = useStaffMode();
  if (!staffMode?.assistedBy) return null;
  return (
    <p className="assisted-marker" role="status" data-assisted-by={staffMode.assistedBy.staffId}>
      <HelperIcon size="sm" />
      <span>{t('helper.assist.marker', { name: staffMode.assistedBy.name })}</span>
    </p>
  );
}
