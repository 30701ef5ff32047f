import { useTranslation } from 'react-i18next';
import En from './content.en.mdx';
import Zh from './content.zh.mdx';
import './strings';
import './dead-relu.css';

/** The lesson's prose per locale, with the training lab embedded in the MDX. */
export default function DeadReluLesson() {
  const { i18n } = useTranslation();
  const Content = i18n.resolvedLanguage === 'zh' ? Zh : En;
  return (
    <div className="prose">
      <Content />
    </div>
  );
}
