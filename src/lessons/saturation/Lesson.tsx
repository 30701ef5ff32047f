import { useTranslation } from 'react-i18next';
import En from './content.en.mdx';
import Zh from './content.zh.mdx';
import './strings';
import './saturation.css';

/** The lesson's prose per locale, with its widgets embedded in the MDX. */
export default function SaturationLesson() {
  const { i18n } = useTranslation();
  const Content = i18n.resolvedLanguage === 'zh' ? Zh : En;
  return (
    <div className="prose">
      <Content />
    </div>
  );
}
