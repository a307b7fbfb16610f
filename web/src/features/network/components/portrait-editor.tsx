import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SIZE_BANDS, type TNetworkPortrait, type TSizeBand } from '@koers/shared/network';
import type { TThemeNumber } from '@koers/shared/themes';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useSavePortrait } from '../api/save-portrait.ts';
import { useSetPortraitPublication } from '../api/set-portrait-publication.ts';
import { ThemeChoice } from './theme-choice.tsx';
import formStyles from '../../../components/form/form.module.css';
import styles from './network.module.css';

type TPortraitEditorProps = {
  partnershipId: string;
  portrait: TNetworkPortrait | null;
  /** The programme manager writes and publishes; an admin may only take it off the network. */
  canWrite: boolean;
  canUnpublish: boolean;
};

/** Writing the portrait and publishing it are two steps: a draft is seen by the partnership's own people only. */
export function PortraitEditor({ partnershipId, portrait, canWrite, canUnpublish }: TPortraitEditorProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  const { fromApi } = useFormErrors();
  const save = useSavePortrait();
  const publication = useSetPortraitPublication();
  const formRef = useRef<HTMLFormElement>(null);
  const [description, setDescription] = useState(portrait?.description ?? '');
  const [sizeBand, setSizeBand] = useState<TSizeBand>(portrait?.sizeBand ?? 'medium');
  const [themesNow, setThemesNow] = useState<TThemeNumber[]>(portrait?.themesNow ?? []);
  const [themesOffered, setThemesOffered] = useState<TThemeNumber[]>(portrait?.themesOffered ?? []);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors({});
    save.mutate(
      {
        partnershipId,
        portrait: {
          description: description.trim(),
          sizeBand,
          themesNow,
          themesOffered,
          contactPersonId: portrait?.contactPersonId ?? null,
        },
      },
      {
        onError: (error) => {
          setFieldErrors(fromApi(error));
          requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
        },
      },
    );
  };

  const published = portrait?.publishedAt ?? null;
  return (
    <section aria-labelledby="portrait-editor" className={`surface ${styles.card}`}>
      <h2 id="portrait-editor">{t('network.editor.heading')}</h2>
      <p className={styles.muted}>{t('network.editor.intro')}</p>
      <p role="status">
        {published ? t('network.editor.published', { date: dateTime(published) }) : t('network.editor.draft')}{' '}
        {published ? <Link to={`/network/${partnershipId}`}>{t('network.editor.viewInNetwork')}</Link> : null}
      </p>
      {!canWrite ? <p className={styles.muted}>{t('network.editor.readOnly')}</p> : null}
      <form ref={formRef} noValidate className={formStyles.form} onSubmit={onSubmit}>
        <TextAreaField
          label={t('network.editor.description')}
          hint={t('network.editor.descriptionHint')}
          rows={4}
          maxLength={1500}
          value={description}
          onValueChange={setDescription}
          error={fieldErrors.description}
          disabled={!canWrite}
        />
        <SelectField
          label={t('network.editor.sizeBand')}
          value={sizeBand}
          onValueChange={(value) => setSizeBand(value as TSizeBand)}
          disabled={!canWrite}
        >
          {SIZE_BANDS.map((band) => (
            <option key={band} value={band}>
              {t(`network.sizeBands.${band}`)}
            </option>
          ))}
        </SelectField>
        <ThemeChoice
          legend={t('network.editor.themesNow')}
          value={themesNow}
          onChange={setThemesNow}
          disabled={!canWrite}
        />
        <ThemeChoice
          legend={t('network.editor.themesOffered')}
          value={themesOffered}
          onChange={setThemesOffered}
          disabled={!canWrite}
        />
        <FormAlert error={save.error ?? publication.error} />
        {save.isSuccess ? <Notice>{t('network.editor.saved')}</Notice> : null}
        <div className={styles.actions}>
          {canWrite ? (
            <button type="submit" className="button" disabled={save.isPending}>
              {t('network.editor.save')}
            </button>
          ) : null}
          {canWrite && portrait && !published ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={publication.isPending}
              onClick={() => publication.mutate({ partnershipId, published: true })}
            >
              {t('network.editor.publish')}
            </button>
          ) : null}
          {canUnpublish && published ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={publication.isPending}
              onClick={() => publication.mutate({ partnershipId, published: false })}
            >
              {t('network.editor.unpublish')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
