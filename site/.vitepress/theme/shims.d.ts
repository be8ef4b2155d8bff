// Lets TypeScript check the theme's entry: Vite compiles these imports, tsc only needs their shape.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
declare module '*.css';
