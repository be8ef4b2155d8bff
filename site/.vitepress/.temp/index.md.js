import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse(`{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"Socket Workbook","text":"Socket programming in TypeScript on Node.js","tagline":"From the classic Python socket tutorials to Node's event loop, one checked exercise at a time.","actions":[{"theme":"brand","text":"Get started","link":"/getting-started"},{"theme":"alt","text":"Lesson 1","link":"/lessons/01-single-echo"},{"theme":"alt","text":"Python → Node.js","link":"/python-to-node"}]},"features":[{"title":"Real sockets, real checks","details":"Every lesson is a program you complete. npm run lesson talks to it over loopback as a real client or server would, and shows the whole conversation when something goes wrong."},{"title":"The Python tutorials, the Node way","details":"Single echo, communication loop, connection loop, chat, makefile framing and UDP, with every Python socket call mapped to its Node.js counterpart."},{"title":"Diagrams drawn from real runs","details":"Each lesson's conversation diagram is recorded from the reference solution, so it always shows what the code really does."},{"title":"English and Chinese","details":"Every page, hint and check message in both languages. 每一页、每条提示都有中文。"}]},"headers":[],"relativePath":"index.md","filePath":"en/index.md"}`);
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
