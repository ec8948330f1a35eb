// The short code that takes this filing up again at any kiosk of the court if the visit is cut
// short (a crash, a power cut), shown once the filer is known; their ID card works as well.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../kiosk';

export function ResumeCodeNote({ idNumber }: { idNumber: string }) {
  const { t } = useTranslation();
  const call = useKiosk('filing.resumeCode');
  const { run } = call;
  useEffect(() => {
    void run({ idNumber: idNumber || null });
  }, [run, idNumber]);
  if (!call.value) return null;
  return (
    <p className="filing__resume-code" data-resume-code={call.value.code}>
      {t('filing.resume.note')} <strong className="filing__code">{call.value.code}</strong>
    </p>
  );
}
