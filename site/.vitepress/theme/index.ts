import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import ConceptDiagram from './components/ConceptDiagram.vue';
import CourseOutline from './components/CourseOutline.vue';
import ConversationDiagram from './components/ConversationDiagram.vue';
import FailingCheckSample from './components/FailingCheckSample.vue';
import LessonChecks from './components/LessonChecks.vue';
import LessonMistakes from './components/LessonMistakes.vue';
import './style.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('ConceptDiagram', ConceptDiagram);
    app.component('ConversationDiagram', ConversationDiagram);
    app.component('CourseOutline', CourseOutline);
    app.component('LessonChecks', LessonChecks);
    app.component('LessonMistakes', LessonMistakes);
    app.component('FailingCheckSample', FailingCheckSample);
  },
} satisfies Theme;
