import { useTranslation } from 'react-i18next';
import './strings';
import './why-nonlinear.css';
import En from './content.en.mdx';
import Zh from './content.zh.mdx';

/** The lesson's prose per locale, with its widgets embedded in the MDX. */
export default function WhyNonlinearLesson() {
  const { i18n } = useTranslation();
  const Content = i18n.resolvedLanguage === 'zh' ? Zh : En;
  return (
    <div className="prose lesson-why-nonlinear">
      <Content />
    </div>
  );
}
