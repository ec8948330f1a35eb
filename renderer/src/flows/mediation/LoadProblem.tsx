// The shared LoadProblem in the mediation steps' words ("reading, please wait"); the filing steps
// borrow it too, so both flows wait the same way.
import { useTranslation } from 'react-i18next';
import { LoadProblem as SharedLoadProblem, type LoadProblemProps } from '../../components/LoadProblem';

export function LoadProblem(props: Omit<LoadProblemProps, 'loading'>) {
  const { t } = useTranslation();
  return <SharedLoadProblem {...props} loading={t('mediation.loading')} />;
}
