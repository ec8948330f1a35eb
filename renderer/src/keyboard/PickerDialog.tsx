// A choice from a list as big buttons in a dialog, paged when the list is long: how a year, a
// month, a day or a province is picked without typing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import './pickers.css';

export interface PickerChoice {
  value: string;
  label: string;
}

export interface PickerDialogProps {
  title: string;
  choices: readonly PickerChoice[];
  selected: string | null;
  /** How many buttons one page shows; the page holding the selected choice opens first. */
  pageSize?: number;
  onPick(value: string): void;
  /** Closes the picker, nothing picked. */
  onCancel(): void;
  /** A list reached from another (a letter's countries): the way back to that one, beside 取消. */
  back?: { label: string; onBack(): void };
}

export function PickerDialog({ title, choices, selected, pageSize = 24, onPick, onCancel, back }: PickerDialogProps) {
  const { t } = useTranslation();
  const selectedIndex = choices.findIndex((choice) => choice.value === selected);
  const pages = Math.max(1, Math.ceil(choices.length / pageSize));
  const [page, setPage] = useState(selectedIndex >= 0 ? Math.floor(selectedIndex / pageSize) : 0);
  const shown = choices.slice(page * pageSize, (page + 1) * pageSize);
  return (
    <Dialog
      title={title}
      onDismiss={onCancel}
      actions={
        <>
          {pages > 1 && (
            <>
              <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('keyboard.picker.previous')}
              </Button>
              <Button disabled={page === pages - 1} onClick={() => setPage(page + 1)}>
                {t('keyboard.picker.next')}
              </Button>
            </>
          )}
          {back && <Button onClick={back.onBack}>{back.label}</Button>}
          <Button variant="quiet" onClick={onCancel}>
            {t('keyboard.picker.cancel')}
          </Button>
        </>
      }
    >
      <div className="picker__grid" role="group" aria-label={title}>
        {shown.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className="picker__choice"
            aria-pressed={choice.value === selected}
            data-autofocus={choice.value === selected ? true : undefined}
            onClick={() => onPick(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
      {pages > 1 && <p className="picker__page">{t('keyboard.picker.page', { page: page + 1, pages })}</p>}
    </Dialog>
  );
}
