// The band across the top of every screen: the court's name, the time, language and large text.
import { useTranslation } from 'react-i18next';
import { CourtEmblem } from '../components/CourtEmblem';
import { AssistedMarker } from '../staff/AssistedMarker';
import { StaffGesture } from '../staff/StaffGesture';
import { ElderToggle } from './ElderToggle';
import { HeaderClock } from './HeaderClock';
import { LanguageSwitch } from './LanguageSwitch';
import { courtNameIn, useTerminalConfig } from './terminal-config';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  return (
    <header className="app-header">
      {/* A 3-second press here opens staff sign-in (staff/StaffGesture). */}
      <StaffGesture className="app-header__brand">
        <CourtEmblem className="app-header__emblem" />
        <div className="app-header__names">
          <p className="app-header__court">{courtNameIn(config, i18n.language)}</p>
          <p className="app-header__centre">{t('common.centreName')}</p>
        </div>
      </StaffGesture>
      <div className="app-header__tools">
        <AssistedMarker />
        <HeaderClock />
        <LanguageSwitch />
        <ElderToggle />
      </div>
    </header>
  );
}
