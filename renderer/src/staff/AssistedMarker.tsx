// Shown in the header for the whole of an assisted visit, so the litigant and anyone looking over
// can see a helper is filling in the forms (帮办), who is typing now (tap to hand the screen over),
// and the helper's way to end the visit and sign out.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useVisit } from '../app/visit-context';
import { HelperIcon } from '../components/icons';
import { useStaffMode } from './staff-mode';

export function AssistedMarker() {
  const { t } = useTranslation();
  const staffMode = useStaffMode();
  const visit = useVisit();
  const typist = useSyncExternalStore(visit.session.subscribe, visit.session.typistNow);
  if (!staffMode?.assistedBy) return null;
  return (
    <div className="assisted-marker" data-assisted-by={staffMode.assistedBy.staffId}>
      <p className="assisted-marker__who" role="status">
        <HelperIcon size="sm" />
        <span>{t('helper.assist.marker', { name: staffMode.assistedBy.name })}</span>
      </p>
      {/* Who types from now on is recorded field by field, so the read-back can show whose words are whose. */}
      <button
        type="button"
        className="assisted-marker__end"
        aria-pressed={typist === 'litigant'}
        data-typist={typist}
        onClick={() => visit.session.handOver(typist === 'helper' ? 'litigant' : 'helper')}
      >
        {t(typist === 'helper' ? 'helper.assist.helperTyping' : 'helper.assist.litigantTyping')}
      </button>
      {/* Ending the visit wipes it like the home button does; StaffMode then signs the helper out. */}
      <button type="button" className="assisted-marker__end" onClick={() => visit.end('home')}>
        {t('helper.assist.end')}
      </button>
    </div>
  );
}
