import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './copy-link.module.css';

type TCopyLinkProps = {
  label: string;
  /** Who the link is for and what it opens: whoever has a personal link can use it. */
  hint: string;
  url: string;
  /** For a secret that is no link (an API token): what the button and its outcome say instead. */
  texts?: { copy: string; copied: string; copyFailed: string };
};

/** A personal link the person passes on themselves (no mail server sends it): shown, selectable, copyable. */
export function CopyLink({ label, hint, url, texts }: TCopyLinkProps) {
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
    <div className={styles.copyLink}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
      <div className={styles.row}>
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
          {texts?.copy ?? t('copyLink.copy')}
        </button>
      </div>
      <p role="status" className={styles.status}>
        {copied === 'yes' ? (texts?.copied ?? t('copyLink.copied')) : null}
        {copied === 'failed' ? (texts?.copyFailed ?? t('copyLink.copyFailed')) : null}
      </p>
    </div>
  );
}
