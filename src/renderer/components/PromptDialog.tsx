import { useState } from 'react';
import { Modal } from './Modal';
import { useT } from '../i18n';

interface PromptDialogProps {
  title: string;
  label: string;
  initial: string;
  confirmLabel: string;
  onConfirm: (value: string) => void;
  onCancel: () => void;
}

/** Asks for one line of text (e.g. a new document name); empty input is refused with a message. */
export function PromptDialog({ title, label, initial, confirmLabel, onConfirm, onCancel }: PromptDialogProps) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const [touched, setTouched] = useState(false);
  const empty = value.trim() === '';
  return (
    <Modal title={title} onClose={onCancel} testId="prompt-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (!empty) onConfirm(value.trim());
        }}
      >
        <label className="field">
          <span>{label}</span>
          <input value={value} onChange={(e) => setValue(e.target.value)} autoFocus aria-invalid={touched && empty} />
        </label>
        {touched && empty && <p className="field-error">{t('app.validation.required', { field: label })}</p>}
        <div className="modal-footer inline">
          <button type="button" onClick={onCancel}>
            {t('app.action.cancel')}
          </button>
          <button type="submit" className="primary">
            {confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
