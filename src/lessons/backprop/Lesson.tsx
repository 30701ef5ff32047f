import { useTranslation } from 'react-i18next';
import './strings';
import './backprop.css';
import En from './content.en.mdx';
import Zh from './content.zh.mdx';

/** The lesson's prose per locale, with its widgets embedded in the MDX. */
export default function BackpropLesson() {
  const { i18n } = useTranslation();
  const Content = i18n.resolvedLanguage === 'zh' ? Zh : En;
  return (
    <div className="prose">
      <Content />
    </div>
  );
}
