import { registerLessonStrings } from '../../i18n/lessonStrings';
import en from './strings.en.json';
import zh from './strings.zh.json';

export const NS = 'backprop';
registerLessonStrings(NS, en, zh);
