import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"套接字练习册","text":"用 TypeScript 在 Node.js 上学套接字编程","tagline":"从经典的 Python 套接字教程走到 Node 的事件循环，每个练习都有自动检查。","actions":[{"theme":"brand","text":"开始使用","link":"/zh/getting-started"},{"theme":"alt","text":"第 1 课","link":"/zh/lessons/01-single-echo"},{"theme":"alt","text":"从 Python 到 Node.js","link":"/zh/python-to-node"}]},"features":[{"title":"真实的套接字，真实的检查","details":"每一课都是一个由你补全的程序。npm run lesson 像真正的客户端或服务器一样通过回环地址和它对话，出了问题就把整个对话展示给你看。"},{"title":"Python 教程，Node 写法","details":"单次回声、通信循环、连接循环、聊天、makefile 分帧和 UDP，每个 Python 套接字调用都对应到 Node.js 的写法。"},{"title":"来自真实运行的图","details":"每课的对话图都录自参考答案的真实运行，所以它展示的永远是代码真正做的事。"},{"title":"中文与英文","details":"每一页、每条提示、每条检查信息都有两种语言。Every page in English too."}]},"headers":[],"relativePath":"zh/index.md","filePath":"zh/index.md"}');
const _sfc_main = { name: "zh/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("zh/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
