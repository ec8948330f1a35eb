// The admin console: every terminal setting, grouped as an admin thinks of them, the staff accounts,
// then statistics, exports, the log and the audit log. A saved change takes effect at once on every screen (config.changed).
import { useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditPanel } from './AuditPanel';
import { ExportsPanel } from './ExportsPanel';
import { DirectorySection, MediationSection } from './ListSections';
import { HubPanel } from './HubPanel';
import { LogPanel } from './LogPanel';
import { CourtSection, EndpointSection, FeesSection, IdleSection, PrintersSection, RetentionSection, ServicesSection } from './SettingsSections';
import { HelperGuideButton } from '../staff/HelperGuideButton';
import { StaffSection } from './StaffSection';
import { StatisticsPanel } from './StatisticsPanel';
import './admin.css';

const SECTIONS: Record<string, ComponentType> = {
  court: CourtSection,
  services: ServicesSection,
  idle: IdleSection,
  printers: PrintersSection,
  endpoint: EndpointSection,
  directory: DirectorySection,
  mediation: MediationSection,
  fees: FeesSection,
  retention: RetentionSection,
  staff: StaffSection,
  statistics: StatisticsPanel,
  exports: ExportsPanel,
  log: LogPanel,
  audit: AuditPanel,
  hub: HubPanel,
};

export function AdminConsole() {
  const { t } = useTranslation();
  const [section, setSection] = useState('court');
  const Section = SECTIONS[section]!;
  const top = useRef<HTMLDivElement>(null);
  // A section opens at its top, not at the scroll position the last one was left at.
  const open = (key: string) => {
    setSection(key);
    top.current?.scrollIntoView({ block: 'start' });
  };
  return (
    <div className="console" ref={top}>
      <div className="console__side">
        <nav className="console__nav" aria-label={t('admin.screens.console')}>
          {Object.keys(SECTIONS).map((key) => (
            <button
              key={key}
              type="button"
              className="console__nav-item"
              aria-current={section === key ? 'page' : undefined}
              data-section={key}
              onClick={() => open(key)}
            >
              {t(`admin.sections.${key}`)}
            </button>
          ))}
        </nav>
        <HelperGuideButton />
      </div>
      <div className="console__body">
        <Section key={section} />
      </div>
    </div>
  );
}
