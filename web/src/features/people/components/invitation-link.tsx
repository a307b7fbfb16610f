import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './people.module.css';

/** No mail server delivers invitations here: the admin copies the one-time link and passes it on. */
export function InvitationLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed'>();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // Clipboard access can be refused (permissions, insecure context): select the text to copy by hand.
      inputRef.current?.select();
      setCopied('failed');
    }
  };

  return (
    <div className={styles.invitationLink}>
      <label htmlFor={id} className={styles.invitationLabel}>
        {t('admin.people.invitationLink.label')}
      </label>
      <p id={`${id}-hint`} className={styles.muted}>
        {t('admin.people.invitationLink.hint')}
      </p>
      <div className={styles.copyRow}>
        <input
          ref={inputRef}
          id={id}
          type="text"
          readOnly
          value={url}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('admin.people.invitationLink.copy')}
        </button>
      </div>
      <p role="status" className={styles.copyStatus}>
        {copied === 'yes' ? t('admin.people.invitationLink.copied') : null}
        {copied === 'failed' ? t('admin.people.invitationLink.copyFailed') : null}
      </p>
    </div>
  );
}
