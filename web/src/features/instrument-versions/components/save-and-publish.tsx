import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import styles from './instrument-versions.module.css';

type TSaveAndPublishProps = {
  version: number;
  /** The version in use now, which publishing retires. */
  predecessorVersion: number | undefined;
  /** The last save attempt found fields to correct. */
  invalid: boolean;
  saved: boolean;
  /** The form holds changes not saved yet: only a saved draft can be published. */
  dirty: boolean;
  saving: boolean;
  saveError: unknown;
  publishing: boolean;
  publishError: unknown;
  onPublish: () => void;
};

/** The end of the draft form: whether it is saved, the save button, and publishing after a confirmation. */
export function SaveAndPublish({
  version,
  predecessorVersion,
  invalid,
  saved,
  dirty,
  saving,
  saveError,
  publishing,
  publishError,
  onPublish,
}: TSaveAndPublishProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className={styles.footer}>
        {invalid ? (
          <div role="alert" className={styles.alert}>
            {t('instrumentVersions.editor.invalid')}
          </div>
        ) : null}
        <FormAlert error={saveError} />
        <FormAlert error={publishError} />
        {saved && !dirty ? (
          <Notice>
            <p>{t('instrumentVersions.editor.saved')}</p>
          </Notice>
        ) : null}
        {dirty ? <p className={styles.muted}>{t('instrumentVersions.editor.unsaved')}</p> : null}
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={saving}>
            {saving ? t('instrumentVersions.editor.saving') : t('instrumentVersions.editor.save')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={dirty || saving || publishing}
            aria-describedby={dirty ? 'publish-save-first' : undefined}
            onClick={() => setConfirming(true)}
          >
            {t('instrumentVersions.publish.button')}
          </button>
        </div>
        {dirty ? (
          <p id="publish-save-first" className={styles.muted}>
            {t('instrumentVersions.publish.saveFirst')}
          </p>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          tone="primary"
          title={t('instrumentVersions.publish.title', { version })}
          confirmLabel={t('instrumentVersions.publish.confirm', { version })}
          cancelLabel={t('instrumentVersions.publish.cancel')}
          busy={publishing}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onPublish();
          }}
        >
          <p>{t('instrumentVersions.publish.intro')}</p>
          <ul>
            <li>{t('instrumentVersions.publish.now', { version })}</li>
            {predecessorVersion === undefined ? null : (
              <li>{t('instrumentVersions.publish.retire', { previous: predecessorVersion })}</li>
            )}
            <li>{t('instrumentVersions.publish.frozen', { version })}</li>
            <li>{t('instrumentVersions.publish.trends')}</li>
          </ul>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
