import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './second-factor.module.css';

/** Hands the codes to the browser as a small text file. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type TRecoveryCodesProps = { codes: readonly string[]; email: string; onDone: () => void };

/** The recovery codes, this once: only their hashes are kept, so they cannot be shown again. */
export function RecoveryCodes({ codes, email, onDone }: TRecoveryCodesProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const text = [t('secondFactor.recovery.fileHeader', { email }), '', ...codes, ''].join('\n');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section aria-labelledby="recovery-codes-title" className={`surface ${styles.panel}`}>
      <h2 id="recovery-codes-title">{t('secondFactor.recovery.title')}</h2>
      <p>{t('secondFactor.recovery.text')}</p>
      <ul className={styles.codes} aria-label={t('secondFactor.recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className={styles.actions}>
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('secondFactor.recovery.copy')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => download(t('secondFactor.recovery.fileName'), text)}
        >
          {t('secondFactor.recovery.download')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('secondFactor.recovery.done')}
        </button>
      </div>
      <p role="status" className={styles.status}>
        {copied === 'yes' ? t('secondFactor.recovery.copied') : null}
        {copied === 'failed' ? t('secondFactor.recovery.copyFailed') : null}
      </p>
    </section>
  );
}
