import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { usePublishVersion } from '../api/publish-version.ts';
import { DraftEditor } from './draft-editor.tsx';
import { VersionStatus } from './version-status.tsx';
import { VersionView } from './version-view.tsx';
import styles from './instrument-versions.module.css';

type TVersionDetailProps = {
  version: TInstrumentVersion;
  /** The version in use now: what a draft replaces and can continue. */
  current: TInstrumentVersion | undefined;
};

/** One version: a draft opens in the editor; a published or retired one is shown read-only. */
export function VersionDetail({ version, current }: TVersionDetailProps) {
  const { t } = useTranslation();
  const localised = useLocalisedText();
  // The publication lives here, not in the editor: the editor gives way to the read-only view once it succeeds.
  const publish = usePublishVersion();
  const [publishedNow, setPublishedNow] = useState(false);
  const label = t('instrumentVersions.versionLabel', { version: version.version });

  return (
    <article className={styles.page}>
      <DocumentTitle page={`${label} · ${t('instrumentVersions.title')}`} />
      <header>
        <Link to="/admin/questionnaire">
          <span aria-hidden="true">←</span> {t('instrumentVersions.back')}
        </Link>
        <h1 className={styles.heading}>
          {label}: {localised(version.title)}
          <VersionStatus status={version.status} />
        </h1>
      </header>
      {publishedNow && version.status === 'published' ? (
        <Notice>
          <p>{t('instrumentVersions.publish.done', { version: version.version })}</p>
        </Notice>
      ) : null}
      {version.status === 'draft' ? (
        <DraftEditor
          draft={version}
          predecessor={current}
          publishing={publish.isPending}
          publishError={publish.error}
          onPublish={() => publish.mutate(version.version, { onSuccess: () => setPublishedNow(true) })}
        />
      ) : (
        <VersionView version={version} />
      )}
    </article>
  );
}
