import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TResponseContent } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { Notice } from '../../../components/form/notice.tsx';
import { useResponseAutosave } from '../hooks/use-response-autosave.ts';
import type { TAutosaveOptions } from '../utils/response-autosave.ts';
import { withAnswer, withNote } from '../utils/response-content.ts';
import { ConflictPanel } from './conflict-panel.tsx';
import { QuestionnaireForm } from './questionnaire-form.tsx';
import { SaveStatus } from './save-status.tsx';
import styles from './assessment.module.css';

type TEditorControls = {
  content: TResponseContent;
  /** Saves what is pending now; true once everything typed is on the server. */
  flush: () => Promise<boolean>;
};

type TResponseEditorProps = TAutosaveOptions & {
  instrument: TInstrumentVersion;
  /** Beside the save status, such as the submit button. */
  actions?: (controls: TEditorControls) => ReactNode;
  /** Below the questionnaire, with the live answers (the results table). */
  children?: (content: TResponseContent) => ReactNode;
};

/** Fills in one response, with autosave, the draft in this browser and conflict handling. */
export function ResponseEditor({ instrument, actions, children, ...options }: TResponseEditorProps) {
  const { t } = useTranslation();
  const { content, status, conflict, savedAt, error, restored, autosave } = useResponseAutosave(options);

  return (
    <div className={styles.editor}>
      <p className={styles.muted}>{t('assessment.save.localNote')}</p>
      {restored && status !== 'conflict' ? (
        <Notice>
          <p>{t('assessment.save.restored')}</p>
        </Notice>
      ) : null}
      {conflict ? (
        <ConflictPanel
          instrument={instrument}
          mine={content}
          conflict={conflict}
          onLoadTheirs={autosave.loadTheirs}
          onKeepMine={autosave.keepMine}
          onRetryLoad={autosave.retryLoadTheirs}
        />
      ) : null}
      <QuestionnaireForm
        instrument={instrument}
        content={content}
        readOnly={status === 'conflict' || status === 'closed'}
        onAnswer={(indicatorId, answer) => autosave.change((current) => withAnswer(current, indicatorId, answer))}
        onNote={(theme, changes) => autosave.change((current) => withNote(current, theme, changes))}
        onCommit={() => void autosave.flush()}
        toolbar={
          <>
            <SaveStatus status={status} savedAt={savedAt} error={error} onRetry={() => void autosave.retry()} />
            {actions?.({ content, flush: autosave.flush })}
          </>
        }
      />
      {children?.(content)}
    </div>
  );
}
