import { ssrRenderAttrs, ssrRenderSlot, ssrInterpolate, ssrRenderAttr, ssrRenderList, ssrRenderComponent, ssrRenderVNode, ssrRenderClass, renderToString } from "vue/server-renderer";
import { defineComponent, mergeProps, useSSRContext, shallowRef, inject, computed, ref, watch, onUnmounted, reactive, markRaw, readonly, nextTick, h, unref, onMounted, watchEffect, watchPostEffect, onUpdated, resolveComponent, createVNode, resolveDynamicComponent, withCtx, renderSlot, createTextVNode, toDisplayString, openBlock, createBlock, createCommentVNode, Fragment, renderList, defineAsyncComponent, provide, toHandlers, withKeys, onBeforeUnmount, useSlots, createSSRApp } from "vue";
import { usePreferredDark, useDark, useMediaQuery, useWindowSize, onKeyStroke, useWindowScroll, useScrollLock } from "@vueuse/core";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const _sfc_main$1a = /* @__PURE__ */ defineComponent({
  __name: "VPBadge",
  __ssrInlineRender: true,
  props: {
    text: {},
    type: { default: "tip" }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<span${ssrRenderAttrs(mergeProps({
        class: ["VPBadge", __props.type]
      }, _attrs))}>`);
      ssrRenderSlot(_ctx.$slots, "default", {}, () => {
        _push(`${ssrInterpolate(__props.text)}`);
      }, _push, _parent);
      _push(`</span>`);
    };
  }
});
const _sfc_setup$1a = _sfc_main$1a.setup;
_sfc_main$1a.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPBadge.vue");
  return _sfc_setup$1a ? _sfc_setup$1a(props, ctx) : void 0;
};
function deserializeFunctions(r) {
  return Array.isArray(r) ? r.map(deserializeFunctions) : typeof r == "object" && r !== null ? Object.keys(r).reduce((t, n) => (t[n] = deserializeFunctions(r[n]), t), {}) : typeof r == "string" && r.startsWith("_vp-fn_") ? new Function(`return ${r.slice(7)}`)() : r;
}
const siteData = deserializeFunctions(JSON.parse(`{"lang":"en-US","dir":"ltr","title":"VitePress","description":"A VitePress site","base":"/","head":[],"router":{"prefetchLinks":true},"appearance":true,"themeConfig":{"logo":"/favicon.svg","outline":[2,3],"search":{"provider":"local","options":{"miniSearch":{"options":{"tokenize":"_vp-fn_function tokenizeForSearch(text) {\\n  const segmenter = new Intl.Segmenter(\\"zh\\", { granularity: \\"word\\" });\\n  const words = [];\\n  for (const { segment, isWordLike } of segmenter.segment(text)) {\\n    if (!isWordLike) continue;\\n    for (const word of segment.split(/[^\\\\p{L}\\\\p{N}_]+/u)) if (word) words.push(word);\\n  }\\n  return words;\\n}"}},"locales":{"zh":{"translations":{"button":{"buttonText":"搜索","buttonAriaLabel":"搜索"},"modal":{"displayDetails":"显示详细列表","resetButtonTitle":"清除查询","backButtonTitle":"关闭搜索","noResultsText":"没有找到结果","footer":{"selectText":"选择","navigateText":"切换","closeText":"关闭"}}}}}}}},"locales":{"root":{"label":"English","lang":"en","title":"Socket Workbook","description":"Learn socket programming in TypeScript on Node.js, one checked exercise at a time.","themeConfig":{"nav":[{"text":"Getting started","link":"/getting-started"},{"text":"Lessons","link":"/lessons/01-single-echo","activeMatch":"/lessons/"},{"text":"Python → Node.js","link":"/python-to-node"},{"text":"For instructors","link":"/grading"}],"sidebar":[{"text":"Start here","items":[{"text":"Getting started","link":"/getting-started"},{"text":"Python → Node.js","link":"/python-to-node"}]},{"text":"Chapter 1: What a socket is: the single echo","items":[{"text":"What a socket is","link":"/concepts/what-a-socket-is"},{"text":"Servers, clients and the handshake","link":"/concepts/servers-and-clients"},{"text":"Blocking, timeouts and errors","link":"/concepts/blocking-and-errors"},{"text":"Lesson 1: The single echo","link":"/lessons/01-single-echo"}]},{"text":"Chapter 2: The communication loop","items":[{"text":"Lesson 2: The communication loop","link":"/lessons/02-communication-loop"}]},{"text":"Chapter 3: The connection loop","items":[{"text":"Lesson 3: The connection loop","link":"/lessons/03-connection-loop"}]},{"text":"Chapter 4: Concurrent chat","items":[{"text":"Lesson 4: The duplex chat","link":"/lessons/04-duplex-chat"},{"text":"Lesson 5: The chat room","link":"/lessons/05-group-chat"}]},{"text":"Chapter 5: Framing: makefile, lines and lengths","items":[{"text":"Lesson 6: The line echo","link":"/lessons/06-line-echo"},{"text":"Lesson 7: The chat room over lines","link":"/lessons/07-line-chat"},{"text":"Lesson 8: Length-prefixed frames","link":"/lessons/08-length-prefix"}]},{"text":"Chapter 6: UDP","items":[{"text":"Lesson 9: The UDP echo","link":"/lessons/09-udp-echo"}]},{"text":"Chapter 7: Server frameworks: socketserver, the Node way","items":[{"text":"Python's socketserver","link":"/concepts/socketserver"},{"text":"Lesson 10: A socketserver of your own","link":"/lessons/10-socketserver"},{"text":"Lesson 11: Worker threads","link":"/lessons/11-worker-threads"}]},{"text":"Chapter 8: Timeouts, errors and other families","items":[{"text":"Lesson 12: Time limits","link":"/lessons/12-timeouts"},{"text":"Lesson 13: IPv6 and Unix sockets","link":"/lessons/13-families"}]},{"text":"For instructors","items":[{"text":"Grading submissions","link":"/grading"}]}]}},"zh":{"label":"简体中文","lang":"zh-CN","title":"套接字练习册","description":"用 TypeScript 在 Node.js 上学习套接字编程，每个练习都有自动检查。","link":"/zh/","themeConfig":{"nav":[{"text":"开始使用","link":"/zh/getting-started"},{"text":"课程","link":"/zh/lessons/01-single-echo","activeMatch":"/lessons/"},{"text":"从 Python 到 Node.js","link":"/zh/python-to-node"},{"text":"教师指南","link":"/zh/grading"}],"sidebar":[{"text":"从这里开始","items":[{"text":"开始使用","link":"/zh/getting-started"},{"text":"从 Python 到 Node.js","link":"/zh/python-to-node"}]},{"text":"第 1 章：什么是套接字：单次回声","items":[{"text":"什么是套接字","link":"/zh/concepts/what-a-socket-is"},{"text":"服务器、客户端与握手","link":"/zh/concepts/servers-and-clients"},{"text":"阻塞、超时与错误","link":"/zh/concepts/blocking-and-errors"},{"text":"第 1 课：单次回声","link":"/zh/lessons/01-single-echo"}]},{"text":"第 2 章：通信循环","items":[{"text":"第 2 课：通信循环","link":"/zh/lessons/02-communication-loop"}]},{"text":"第 3 章：连接循环","items":[{"text":"第 3 课：连接循环","link":"/zh/lessons/03-connection-loop"}]},{"text":"第 4 章：并发聊天","items":[{"text":"第 4 课：双向聊天","link":"/zh/lessons/04-duplex-chat"},{"text":"第 5 课：聊天室","link":"/zh/lessons/05-group-chat"}]},{"text":"第 5 章：分帧：makefile、行与长度","items":[{"text":"第 6 课：按行回声","link":"/zh/lessons/06-line-echo"},{"text":"第 7 课：按行聊天的聊天室","link":"/zh/lessons/07-line-chat"},{"text":"第 8 课：长度前缀帧","link":"/zh/lessons/08-length-prefix"}]},{"text":"第 6 章：UDP","items":[{"text":"第 9 课：UDP 回声","link":"/zh/lessons/09-udp-echo"}]},{"text":"第 7 章：服务器框架：Node 方式的 socketserver","items":[{"text":"Python 的 socketserver","link":"/zh/concepts/socketserver"},{"text":"第 10 课：自己的 socketserver","link":"/zh/lessons/10-socketserver"},{"text":"第 11 课：工作线程","link":"/zh/lessons/11-worker-threads"}]},{"text":"第 8 章：超时、错误与其他地址族","items":[{"text":"第 12 课：时间限制","link":"/zh/lessons/12-timeouts"},{"text":"第 13 课：IPv6 与 Unix 套接字","link":"/zh/lessons/13-families"}]},{"text":"教师指南","items":[{"text":"批改提交的作业","link":"/zh/grading"}]}],"outline":{"label":"本页内容"},"docFooter":{"prev":"上一页","next":"下一页"},"darkModeSwitchLabel":"外观","lightModeSwitchTitle":"切换到浅色模式","darkModeSwitchTitle":"切换到深色模式","sidebarMenuLabel":"目录","returnToTopLabel":"回到顶部","langMenuLabel":"切换语言","skipToContentLabel":"跳到正文","notFound":{"title":"页面未找到","quote":"这个地址上没有人在监听。","linkLabel":"回到首页","linkText":"回到首页"}}}},"scrollOffset":134,"cleanUrls":true}`));
const __vite_import_meta_env__ = {};
const EXTERNAL_URL_RE = /^(?:[a-z]+:|\/\/)/i;
const APPEARANCE_KEY = "vitepress-theme-appearance";
const HASH_RE = /#.*$/;
const HASH_OR_QUERY_RE = /[?#].*$/;
const INDEX_OR_EXT_RE = /(?:(^|\/)index)?\.(?:md|html)$/;
const inBrowser = typeof document !== "undefined";
const notFoundPageData = {
  relativePath: "404.md",
  filePath: "",
  title: "404",
  description: "Not Found",
  headers: [],
  frontmatter: { sidebar: false, layout: "page" },
  lastUpdated: 0,
  isNotFound: true
};
function isActive(currentPath, matchPath, asRegex = false) {
  if (matchPath === void 0) {
    return false;
  }
  currentPath = normalize(`/${currentPath}`);
  if (asRegex) {
    return new RegExp(matchPath).test(currentPath);
  }
  if (normalize(matchPath) !== currentPath) {
    return false;
  }
  const hashMatch = matchPath.match(HASH_RE);
  if (hashMatch) {
    return (inBrowser ? location.hash : "") === hashMatch[0];
  }
  return true;
}
function normalize(path) {
  return decodeURI(path).replace(HASH_OR_QUERY_RE, "").replace(INDEX_OR_EXT_RE, "$1");
}
function isExternal(path) {
  return EXTERNAL_URL_RE.test(path);
}
function getLocaleForPath(siteData2, relativePath) {
  return Object.keys((siteData2 == null ? void 0 : siteData2.locales) || {}).find((key) => key !== "root" && !isExternal(key) && isActive(relativePath, `/${key}/`, true)) || "root";
}
function resolveSiteDataByRoute(siteData2, relativePath) {
  var _a, _b, _c, _d, _e, _f, _g;
  const localeIndex = getLocaleForPath(siteData2, relativePath);
  return Object.assign({}, siteData2, {
    localeIndex,
    lang: ((_a = siteData2.locales[localeIndex]) == null ? void 0 : _a.lang) ?? siteData2.lang,
    dir: ((_b = siteData2.locales[localeIndex]) == null ? void 0 : _b.dir) ?? siteData2.dir,
    title: ((_c = siteData2.locales[localeIndex]) == null ? void 0 : _c.title) ?? siteData2.title,
    titleTemplate: ((_d = siteData2.locales[localeIndex]) == null ? void 0 : _d.titleTemplate) ?? siteData2.titleTemplate,
    description: ((_e = siteData2.locales[localeIndex]) == null ? void 0 : _e.description) ?? siteData2.description,
    head: mergeHead(siteData2.head, ((_f = siteData2.locales[localeIndex]) == null ? void 0 : _f.head) ?? []),
    themeConfig: {
      ...siteData2.themeConfig,
      ...(_g = siteData2.locales[localeIndex]) == null ? void 0 : _g.themeConfig
    }
  });
}
function createTitle(siteData2, pageData) {
  const title2 = pageData.title || siteData2.title;
  const template = pageData.titleTemplate ?? siteData2.titleTemplate;
  if (typeof template === "string" && template.includes(":title")) {
    return template.replace(/:title/g, title2);
  }
  const templateString = createTitleTemplate(siteData2.title, template);
  if (title2 === templateString.slice(3)) {
    return title2;
  }
  return `${title2}${templateString}`;
}
function createTitleTemplate(siteTitle, template) {
  if (template === false) {
    return "";
  }
  if (template === true || template === void 0) {
    return ` | ${siteTitle}`;
  }
  if (siteTitle === template) {
    return "";
  }
  return ` | ${template}`;
}
function hasTag(head, tag) {
  const [tagType, tagAttrs] = tag;
  if (tagType !== "meta")
    return false;
  const keyAttr = Object.entries(tagAttrs)[0];
  if (keyAttr == null)
    return false;
  return head.some(([type, attrs]) => type === tagType && attrs[keyAttr[0]] === keyAttr[1]);
}
function mergeHead(prev, curr) {
  return [...prev.filter((tagAttrs) => !hasTag(curr, tagAttrs)), ...curr];
}
const INVALID_CHAR_REGEX = /[\u0000-\u001F"#$&*+,:;<=>?[\]^`{|}\u007F]/g;
const DRIVE_LETTER_REGEX = /^[a-z]:/i;
function sanitizeFileName(name) {
  const match = DRIVE_LETTER_REGEX.exec(name);
  const driveLetter = match ? match[0] : "";
  return driveLetter + name.slice(driveLetter.length).replace(INVALID_CHAR_REGEX, "_").replace(/(^|\/)_+(?=[^/]*$)/, "$1");
}
const KNOWN_EXTENSIONS = /* @__PURE__ */ new Set();
function treatAsHtml(filename) {
  var _a;
  if (KNOWN_EXTENSIONS.size === 0) {
    const extraExts = typeof process === "object" && ((_a = process.env) == null ? void 0 : _a.VITE_EXTRA_EXTENSIONS) || (__vite_import_meta_env__ == null ? void 0 : __vite_import_meta_env__.VITE_EXTRA_EXTENSIONS) || "";
    ("3g2,3gp,aac,ai,apng,au,avif,bin,bmp,cer,class,conf,crl,css,csv,dll,doc,eps,epub,exe,gif,gz,ics,ief,jar,jpe,jpeg,jpg,js,json,jsonld,m4a,man,mid,midi,mjs,mov,mp2,mp3,mp4,mpe,mpeg,mpg,mpp,oga,ogg,ogv,ogx,opus,otf,p10,p7c,p7m,p7s,pdf,png,ps,qt,roff,rtf,rtx,ser,svg,t,tif,tiff,tr,ts,tsv,ttf,txt,vtt,wav,weba,webm,webp,woff,woff2,xhtml,xml,yaml,yml,zip" + (extraExts && typeof extraExts === "string" ? "," + extraExts : "")).split(",").forEach((ext2) => KNOWN_EXTENSIONS.add(ext2));
  }
  const ext = filename.split(".").pop();
  return ext == null || !KNOWN_EXTENSIONS.has(ext.toLowerCase());
}
function escapeRegExp(str) {
  return str.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
const dataSymbol = Symbol();
const siteDataRef = shallowRef(siteData);
function initData(route) {
  const site = computed(() => resolveSiteDataByRoute(siteDataRef.value, route.data.relativePath));
  const appearance = site.value.appearance;
  const isDark = appearance === "force-dark" ? ref(true) : appearance === "force-auto" ? usePreferredDark() : appearance ? useDark({
    storageKey: APPEARANCE_KEY,
    initialValue: () => appearance === "dark" ? "dark" : "auto",
    ...typeof appearance === "object" ? appearance : {}
  }) : ref(false);
  const hashRef = ref(inBrowser ? location.hash : "");
  if (inBrowser) {
    window.addEventListener("hashchange", () => {
      hashRef.value = location.hash;
    });
  }
  watch(() => route.data, () => {
    hashRef.value = inBrowser ? location.hash : "";
  });
  return {
    site,
    theme: computed(() => site.value.themeConfig),
    page: computed(() => route.data),
    frontmatter: computed(() => route.data.frontmatter),
    params: computed(() => route.data.params),
    lang: computed(() => site.value.lang),
    dir: computed(() => route.data.frontmatter.dir || site.value.dir),
    localeIndex: computed(() => site.value.localeIndex || "root"),
    title: computed(() => createTitle(site.value, route.data)),
    description: computed(() => route.data.description || site.value.description),
    isDark,
    hash: computed(() => hashRef.value)
  };
}
function useData$1() {
  const data = inject(dataSymbol);
  if (!data) {
    throw new Error("vitepress data not properly injected in app");
  }
  return data;
}
function joinPath(base, path) {
  return `${base}${path}`.replace(/\/+/g, "/");
}
function withBase(path) {
  return EXTERNAL_URL_RE.test(path) || !path.startsWith("/") ? path : joinPath(siteDataRef.value.base, path);
}
function pathToFile(path) {
  let pagePath = path.replace(/\.html$/, "");
  pagePath = decodeURIComponent(pagePath);
  pagePath = pagePath.replace(/\/$/, "/index");
  {
    if (inBrowser) {
      const base = "/";
      pagePath = sanitizeFileName(pagePath.slice(base.length).replace(/\//g, "_") || "index") + ".md";
      let pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      if (!pageHash) {
        pagePath = pagePath.endsWith("_index.md") ? pagePath.slice(0, -9) + ".md" : pagePath.slice(0, -3) + "_index.md";
        pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      }
      if (!pageHash)
        return null;
      pagePath = `${base}${"assets"}/${pagePath}.${pageHash}.js`;
    } else {
      pagePath = `./${sanitizeFileName(pagePath.slice(1).replace(/\//g, "_"))}.md.js`;
    }
  }
  return pagePath;
}
let contentUpdatedCallbacks = [];
function onContentUpdated(fn) {
  contentUpdatedCallbacks.push(fn);
  onUnmounted(() => {
    contentUpdatedCallbacks = contentUpdatedCallbacks.filter((f) => f !== fn);
  });
}
function getScrollOffset() {
  let scrollOffset = siteDataRef.value.scrollOffset;
  let offset = 0;
  let padding = 24;
  if (typeof scrollOffset === "object" && "padding" in scrollOffset) {
    padding = scrollOffset.padding;
    scrollOffset = scrollOffset.selector;
  }
  if (typeof scrollOffset === "number") {
    offset = scrollOffset;
  } else if (typeof scrollOffset === "string") {
    offset = tryOffsetSelector(scrollOffset, padding);
  } else if (Array.isArray(scrollOffset)) {
    for (const selector of scrollOffset) {
      const res = tryOffsetSelector(selector, padding);
      if (res) {
        offset = res;
        break;
      }
    }
  }
  return offset;
}
function tryOffsetSelector(selector, padding) {
  const el = document.querySelector(selector);
  if (!el)
    return 0;
  const bot = el.getBoundingClientRect().bottom;
  if (bot < 0)
    return 0;
  return bot + padding;
}
const RouterSymbol = Symbol();
const fakeHost = "http://a.com";
const getDefaultRoute = () => ({
  path: "/",
  component: null,
  data: notFoundPageData
});
function createRouter(loadPageModule, fallbackComponent) {
  const route = reactive(getDefaultRoute());
  const router = {
    route,
    go
  };
  async function go(href = inBrowser ? location.href : "/") {
    var _a, _b;
    href = normalizeHref(href);
    if (await ((_a = router.onBeforeRouteChange) == null ? void 0 : _a.call(router, href)) === false)
      return;
    if (inBrowser && href !== normalizeHref(location.href)) {
      history.replaceState({ scrollPosition: window.scrollY }, "");
      history.pushState({}, "", href);
    }
    await loadPage(href);
    await ((_b = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _b(href));
  }
  let latestPendingPath = null;
  async function loadPage(href, scrollPosition = 0, isRetry = false) {
    var _a, _b;
    if (await ((_a = router.onBeforePageLoad) == null ? void 0 : _a.call(router, href)) === false)
      return;
    const targetLoc = new URL(href, fakeHost);
    const pendingPath = latestPendingPath = targetLoc.pathname;
    try {
      let page = await loadPageModule(pendingPath);
      if (!page) {
        throw new Error(`Page not found: ${pendingPath}`);
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        const { default: comp, __pageData } = page;
        if (!comp) {
          throw new Error(`Invalid route component: ${comp}`);
        }
        await ((_b = router.onAfterPageLoad) == null ? void 0 : _b.call(router, href));
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = markRaw(comp);
        route.data = true ? markRaw(__pageData) : readonly(__pageData);
        if (inBrowser) {
          nextTick(() => {
            let actualPathname = siteDataRef.value.base + __pageData.relativePath.replace(/(?:(^|\/)index)?\.md$/, "$1");
            if (!siteDataRef.value.cleanUrls && !actualPathname.endsWith("/")) {
              actualPathname += ".html";
            }
            if (actualPathname !== targetLoc.pathname) {
              targetLoc.pathname = actualPathname;
              href = actualPathname + targetLoc.search + targetLoc.hash;
              history.replaceState({}, "", href);
            }
            if (targetLoc.hash && !scrollPosition) {
              let target = null;
              try {
                target = document.getElementById(decodeURIComponent(targetLoc.hash).slice(1));
              } catch (e) {
                console.warn(e);
              }
              if (target) {
                scrollTo(target, targetLoc.hash);
                return;
              }
            }
            window.scrollTo(0, scrollPosition);
          });
        }
      }
    } catch (err) {
      if (!/fetch|Page not found/.test(err.message) && !/^\/404(\.html|\/)?$/.test(href)) {
        console.error(err);
      }
      if (!isRetry) {
        try {
          const res = await fetch(siteDataRef.value.base + "hashmap.json");
          window.__VP_HASH_MAP__ = await res.json();
          await loadPage(href, scrollPosition, true);
          return;
        } catch (e) {
        }
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = fallbackComponent ? markRaw(fallbackComponent) : null;
        const relativePath = inBrowser ? pendingPath.replace(/(^|\/)$/, "$1index").replace(/(\.html)?$/, ".md").replace(/^\//, "") : "404.md";
        route.data = { ...notFoundPageData, relativePath };
      }
    }
  }
  if (inBrowser) {
    if (history.state === null) {
      history.replaceState({}, "");
    }
    window.addEventListener("click", (e) => {
      if (e.defaultPrevented || !(e.target instanceof Element) || e.target.closest("button") || // temporary fix for docsearch action buttons
      e.button !== 0 || e.ctrlKey || e.shiftKey || e.altKey || e.metaKey)
        return;
      const link2 = e.target.closest("a");
      if (!link2 || link2.closest(".vp-raw") || link2.hasAttribute("download") || link2.hasAttribute("target"))
        return;
      const linkHref = link2.getAttribute("href") ?? (link2 instanceof SVGAElement ? link2.getAttribute("xlink:href") : null);
      if (linkHref == null)
        return;
      const { href, origin, pathname, hash, search } = new URL(linkHref, link2.baseURI);
      const currentUrl = new URL(location.href);
      if (origin === currentUrl.origin && treatAsHtml(pathname)) {
        e.preventDefault();
        if (pathname === currentUrl.pathname && search === currentUrl.search) {
          if (hash !== currentUrl.hash) {
            history.pushState({}, "", href);
            window.dispatchEvent(new HashChangeEvent("hashchange", {
              oldURL: currentUrl.href,
              newURL: href
            }));
          }
          if (hash) {
            scrollTo(link2, hash, link2.classList.contains("header-anchor"));
          } else {
            window.scrollTo(0, 0);
          }
        } else {
          go(href);
        }
      }
    }, { capture: true });
    window.addEventListener("popstate", async (e) => {
      var _a;
      if (e.state === null)
        return;
      const href = normalizeHref(location.href);
      await loadPage(href, e.state && e.state.scrollPosition || 0);
      await ((_a = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _a(href));
    });
    window.addEventListener("hashchange", (e) => {
      e.preventDefault();
    });
  }
  return router;
}
function useRouter() {
  const router = inject(RouterSymbol);
  if (!router) {
    throw new Error("useRouter() is called without provider.");
  }
  return router;
}
function useRoute() {
  return useRouter().route;
}
function scrollTo(el, hash, smooth = false) {
  let target = null;
  try {
    target = el.classList.contains("header-anchor") ? el : document.getElementById(decodeURIComponent(hash).slice(1));
  } catch (e) {
    console.warn(e);
  }
  if (target) {
    let scrollToTarget = function() {
      if (!smooth || Math.abs(targetTop - window.scrollY) > window.innerHeight)
        window.scrollTo(0, targetTop);
      else
        window.scrollTo({ left: 0, top: targetTop, behavior: "smooth" });
    };
    const targetPadding = parseInt(window.getComputedStyle(target).paddingTop, 10);
    const targetTop = window.scrollY + target.getBoundingClientRect().top - getScrollOffset() + targetPadding;
    requestAnimationFrame(scrollToTarget);
  }
}
function normalizeHref(href) {
  const url = new URL(href, fakeHost);
  url.pathname = url.pathname.replace(/(^|\/)index(\.html)?$/, "$1");
  if (siteDataRef.value.cleanUrls)
    url.pathname = url.pathname.replace(/\.html$/, "");
  else if (!url.pathname.endsWith("/") && !url.pathname.endsWith(".html"))
    url.pathname += ".html";
  return url.pathname + url.search + url.hash;
}
const runCbs = () => contentUpdatedCallbacks.forEach((fn) => fn());
const Content = defineComponent({
  name: "VitePressContent",
  props: {
    as: { type: [Object, String], default: "div" }
  },
  setup(props) {
    const route = useRoute();
    const { frontmatter, site } = useData$1();
    watch(frontmatter, runCbs, { deep: true, flush: "post" });
    return () => h(props.as, site.value.contentProps ?? { style: { position: "relative" } }, [
      route.component ? h(route.component, {
        onVnodeMounted: runCbs,
        onVnodeUpdated: runCbs,
        onVnodeUnmounted: runCbs
      }) : "404 Page Not Found"
    ]);
  }
});
const _sfc_main$19 = /* @__PURE__ */ defineComponent({
  __name: "VPBackdrop",
  __ssrInlineRender: true,
  props: {
    show: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.show) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPBackdrop" }, _attrs))} data-v-c79a1216></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$19 = _sfc_main$19.setup;
_sfc_main$19.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPBackdrop.vue");
  return _sfc_setup$19 ? _sfc_setup$19(props, ctx) : void 0;
};
const VPBackdrop = /* @__PURE__ */ _export_sfc(_sfc_main$19, [["__scopeId", "data-v-c79a1216"]]);
const useData = useData$1;
function throttleAndDebounce(fn, delay) {
  let timeoutId;
  let called = false;
  return () => {
    if (timeoutId)
      clearTimeout(timeoutId);
    if (!called) {
      fn();
      (called = true) && setTimeout(() => called = false, delay);
    } else
      timeoutId = setTimeout(fn, delay);
  };
}
function ensureStartingSlash(path) {
  return path.startsWith("/") ? path : `/${path}`;
}
function normalizeLink$1(url) {
  const { pathname, search, hash, protocol } = new URL(url, "http://a.com");
  if (isExternal(url) || url.startsWith("#") || !protocol.startsWith("http") || !treatAsHtml(pathname))
    return url;
  const { site } = useData();
  const normalizedPath = pathname.endsWith("/") || pathname.endsWith(".html") ? url : url.replace(/(?:(^\.+)\/)?.*$/, `$1${pathname.replace(/(\.md)?$/, site.value.cleanUrls ? "" : ".html")}${search}${hash}`);
  return withBase(normalizedPath);
}
function useLangs({ correspondingLink = false } = {}) {
  const { site, localeIndex, page, theme: theme2, hash } = useData();
  const currentLang = computed(() => {
    var _a, _b;
    return {
      label: (_a = site.value.locales[localeIndex.value]) == null ? void 0 : _a.label,
      link: ((_b = site.value.locales[localeIndex.value]) == null ? void 0 : _b.link) || (localeIndex.value === "root" ? "/" : `/${localeIndex.value}/`)
    };
  });
  const localeLinks = computed(() => Object.entries(site.value.locales).flatMap(([key, value]) => currentLang.value.label === value.label ? [] : {
    text: value.label,
    link: normalizeLink(value.link || (key === "root" ? "/" : `/${key}/`), theme2.value.i18nRouting !== false && correspondingLink, page.value.relativePath.slice(currentLang.value.link.length - 1), !site.value.cleanUrls) + hash.value
  }));
  return { localeLinks, currentLang };
}
function normalizeLink(link2, addPath, path, addExt) {
  return addPath ? link2.replace(/\/$/, "") + ensureStartingSlash(path.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, addExt ? ".html" : "")) : link2;
}
const _sfc_main$18 = /* @__PURE__ */ defineComponent({
  __name: "NotFound",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { currentLang } = useLangs();
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d, _e;
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "NotFound" }, _attrs))} data-v-d6be1790><p class="code" data-v-d6be1790>${ssrInterpolate(((_a = unref(theme2).notFound) == null ? void 0 : _a.code) ?? "404")}</p><h1 class="title" data-v-d6be1790>${ssrInterpolate(((_b = unref(theme2).notFound) == null ? void 0 : _b.title) ?? "PAGE NOT FOUND")}</h1><div class="divider" data-v-d6be1790></div><blockquote class="quote" data-v-d6be1790>${ssrInterpolate(((_c = unref(theme2).notFound) == null ? void 0 : _c.quote) ?? "But if you don't change your direction, and if you keep looking, you may end up where you are heading.")}</blockquote><div class="action" data-v-d6be1790><a class="link"${ssrRenderAttr("href", unref(withBase)(unref(currentLang).link))}${ssrRenderAttr("aria-label", ((_d = unref(theme2).notFound) == null ? void 0 : _d.linkLabel) ?? "go to home")} data-v-d6be1790>${ssrInterpolate(((_e = unref(theme2).notFound) == null ? void 0 : _e.linkText) ?? "Take me home")}</a></div></div>`);
    };
  }
});
const _sfc_setup$18 = _sfc_main$18.setup;
_sfc_main$18.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/NotFound.vue");
  return _sfc_setup$18 ? _sfc_setup$18(props, ctx) : void 0;
};
const NotFound = /* @__PURE__ */ _export_sfc(_sfc_main$18, [["__scopeId", "data-v-d6be1790"]]);
function getSidebar(_sidebar, path) {
  if (Array.isArray(_sidebar))
    return addBase(_sidebar);
  if (_sidebar == null)
    return [];
  path = ensureStartingSlash(path);
  const dir = Object.keys(_sidebar).sort((a, b) => {
    return b.split("/").length - a.split("/").length;
  }).find((dir2) => {
    return path.startsWith(ensureStartingSlash(dir2));
  });
  const sidebar = dir ? _sidebar[dir] : [];
  return Array.isArray(sidebar) ? addBase(sidebar) : addBase(sidebar.items, sidebar.base);
}
function getSidebarGroups(sidebar) {
  const groups = [];
  let lastGroupIndex = 0;
  for (const index in sidebar) {
    const item = sidebar[index];
    if (item.items) {
      lastGroupIndex = groups.push(item);
      continue;
    }
    if (!groups[lastGroupIndex]) {
      groups.push({ items: [] });
    }
    groups[lastGroupIndex].items.push(item);
  }
  return groups;
}
function getFlatSideBarLinks(sidebar) {
  const links = [];
  function recursivelyExtractLinks(items) {
    for (const item of items) {
      if (item.text && item.link) {
        links.push({
          text: item.text,
          link: item.link,
          docFooterText: item.docFooterText
        });
      }
      if (item.items) {
        recursivelyExtractLinks(item.items);
      }
    }
  }
  recursivelyExtractLinks(sidebar);
  return links;
}
function hasActiveLink(path, items) {
  if (Array.isArray(items)) {
    return items.some((item) => hasActiveLink(path, item));
  }
  return isActive(path, items.link) ? true : items.items ? hasActiveLink(path, items.items) : false;
}
function addBase(items, _base) {
  return [...items].map((_item) => {
    const item = { ..._item };
    const base = item.base || _base;
    if (base && item.link)
      item.link = base + item.link;
    if (item.items)
      item.items = addBase(item.items, base);
    return item;
  });
}
function useSidebar() {
  const { frontmatter, page, theme: theme2 } = useData();
  const is960 = useMediaQuery("(min-width: 960px)");
  const isOpen = ref(false);
  const _sidebar = computed(() => {
    const sidebarConfig = theme2.value.sidebar;
    const relativePath = page.value.relativePath;
    return sidebarConfig ? getSidebar(sidebarConfig, relativePath) : [];
  });
  const sidebar = ref(_sidebar.value);
  watch(_sidebar, (next, prev) => {
    if (JSON.stringify(next) !== JSON.stringify(prev))
      sidebar.value = _sidebar.value;
  });
  const hasSidebar = computed(() => {
    return frontmatter.value.sidebar !== false && sidebar.value.length > 0 && frontmatter.value.layout !== "home";
  });
  const leftAside = computed(() => {
    if (hasAside)
      return frontmatter.value.aside == null ? theme2.value.aside === "left" : frontmatter.value.aside === "left";
    return false;
  });
  const hasAside = computed(() => {
    if (frontmatter.value.layout === "home")
      return false;
    if (frontmatter.value.aside != null)
      return !!frontmatter.value.aside;
    return theme2.value.aside !== false;
  });
  const isSidebarEnabled = computed(() => hasSidebar.value && is960.value);
  const sidebarGroups = computed(() => {
    return hasSidebar.value ? getSidebarGroups(sidebar.value) : [];
  });
  function open() {
    isOpen.value = true;
  }
  function close() {
    isOpen.value = false;
  }
  function toggle() {
    isOpen.value ? close() : open();
  }
  return {
    isOpen,
    sidebar,
    sidebarGroups,
    hasSidebar,
    hasAside,
    leftAside,
    isSidebarEnabled,
    open,
    close,
    toggle
  };
}
function useCloseSidebarOnEscape(isOpen, close) {
  let triggerElement;
  watchEffect(() => {
    triggerElement = isOpen.value ? document.activeElement : void 0;
  });
  onMounted(() => {
    window.addEventListener("keyup", onEscape);
  });
  onUnmounted(() => {
    window.removeEventListener("keyup", onEscape);
  });
  function onEscape(e) {
    if (e.key === "Escape" && isOpen.value) {
      close();
      triggerElement == null ? void 0 : triggerElement.focus();
    }
  }
}
function useSidebarControl(item) {
  const { page, hash } = useData();
  const collapsed = ref(false);
  const collapsible = computed(() => {
    return item.value.collapsed != null;
  });
  const isLink = computed(() => {
    return !!item.value.link;
  });
  const isActiveLink = ref(false);
  const updateIsActiveLink = () => {
    isActiveLink.value = isActive(page.value.relativePath, item.value.link);
  };
  watch([page, item, hash], updateIsActiveLink);
  onMounted(updateIsActiveLink);
  const hasActiveLink$1 = computed(() => {
    if (isActiveLink.value) {
      return true;
    }
    return item.value.items ? hasActiveLink(page.value.relativePath, item.value.items) : false;
  });
  const hasChildren = computed(() => {
    return !!(item.value.items && item.value.items.length);
  });
  watchEffect(() => {
    collapsed.value = !!(collapsible.value && item.value.collapsed);
  });
  watchPostEffect(() => {
    (isActiveLink.value || hasActiveLink$1.value) && (collapsed.value = false);
  });
  function toggle() {
    if (collapsible.value) {
      collapsed.value = !collapsed.value;
    }
  }
  return {
    collapsed,
    collapsible,
    isLink,
    isActiveLink,
    hasActiveLink: hasActiveLink$1,
    hasChildren,
    toggle
  };
}
function useAside() {
  const { hasSidebar } = useSidebar();
  const is960 = useMediaQuery("(min-width: 960px)");
  const is1280 = useMediaQuery("(min-width: 1280px)");
  const isAsideEnabled = computed(() => {
    if (!is1280.value && !is960.value) {
      return false;
    }
    return hasSidebar.value ? is1280.value : is960.value;
  });
  return {
    isAsideEnabled
  };
}
const ignoreRE = /\b(?:VPBadge|header-anchor|footnote-ref|ignore-header)\b/;
const resolvedHeaders = [];
function resolveTitle(theme2) {
  return typeof theme2.outline === "object" && !Array.isArray(theme2.outline) && theme2.outline.label || theme2.outlineTitle || "On this page";
}
function getHeaders(range) {
  const headers = [
    ...document.querySelectorAll(".VPDoc :where(h1,h2,h3,h4,h5,h6)")
  ].filter((el) => el.id && el.hasChildNodes()).map((el) => {
    const level = Number(el.tagName[1]);
    return {
      element: el,
      title: serializeHeader(el),
      link: "#" + el.id,
      level
    };
  });
  return resolveHeaders(headers, range);
}
function serializeHeader(h2) {
  let ret = "";
  for (const node of h2.childNodes) {
    if (node.nodeType === 1) {
      if (ignoreRE.test(node.className))
        continue;
      ret += node.textContent;
    } else if (node.nodeType === 3) {
      ret += node.textContent;
    }
  }
  return ret.trim();
}
function resolveHeaders(headers, range) {
  if (range === false) {
    return [];
  }
  const levelsRange = (typeof range === "object" && !Array.isArray(range) ? range.level : range) || 2;
  const [high, low] = typeof levelsRange === "number" ? [levelsRange, levelsRange] : levelsRange === "deep" ? [2, 6] : levelsRange;
  return buildTree(headers, high, low);
}
function useActiveAnchor(container, marker) {
  const { isAsideEnabled } = useAside();
  const onScroll = throttleAndDebounce(setActiveLink, 100);
  let prevActiveLink = null;
  onMounted(() => {
    requestAnimationFrame(setActiveLink);
    window.addEventListener("scroll", onScroll);
  });
  onUpdated(() => {
    activateLink(location.hash);
  });
  onUnmounted(() => {
    window.removeEventListener("scroll", onScroll);
  });
  function setActiveLink() {
    if (!isAsideEnabled.value) {
      return;
    }
    const scrollY = window.scrollY;
    const innerHeight = window.innerHeight;
    const offsetHeight = document.body.offsetHeight;
    const isBottom = Math.abs(scrollY + innerHeight - offsetHeight) < 1;
    const headers = resolvedHeaders.map(({ element, link: link2 }) => ({
      link: link2,
      top: getAbsoluteTop(element)
    })).filter(({ top }) => !Number.isNaN(top)).sort((a, b) => a.top - b.top);
    if (!headers.length) {
      activateLink(null);
      return;
    }
    if (scrollY < 1) {
      activateLink(null);
      return;
    }
    if (isBottom) {
      activateLink(headers[headers.length - 1].link);
      return;
    }
    let activeLink = null;
    for (const { link: link2, top } of headers) {
      if (top > scrollY + getScrollOffset() + 4) {
        break;
      }
      activeLink = link2;
    }
    activateLink(activeLink);
  }
  function activateLink(hash) {
    if (prevActiveLink) {
      prevActiveLink.classList.remove("active");
    }
    if (hash == null) {
      prevActiveLink = null;
    } else {
      prevActiveLink = container.value.querySelector(`a[href="${decodeURIComponent(hash)}"]`);
    }
    const activeLink = prevActiveLink;
    if (activeLink) {
      activeLink.classList.add("active");
      marker.value.style.top = activeLink.offsetTop + 39 + "px";
      marker.value.style.opacity = "1";
    } else {
      marker.value.style.top = "33px";
      marker.value.style.opacity = "0";
    }
  }
}
function getAbsoluteTop(element) {
  let offsetTop = 0;
  while (element !== document.body) {
    if (element === null) {
      return NaN;
    }
    offsetTop += element.offsetTop;
    element = element.offsetParent;
  }
  return offsetTop;
}
function buildTree(data, min, max) {
  resolvedHeaders.length = 0;
  const result = [];
  const stack = [];
  data.forEach((item) => {
    const node = { ...item, children: [] };
    let parent = stack[stack.length - 1];
    while (parent && parent.level >= node.level) {
      stack.pop();
      parent = stack[stack.length - 1];
    }
    if (node.element.classList.contains("ignore-header") || parent && "shouldIgnore" in parent) {
      stack.push({ level: node.level, shouldIgnore: true });
      return;
    }
    if (node.level > max || node.level < min)
      return;
    resolvedHeaders.push({ element: node.element, link: node.link });
    if (parent)
      parent.children.push(node);
    else
      result.push(node);
    stack.push(node);
  });
  return result;
}
const _sfc_main$17 = /* @__PURE__ */ defineComponent({
  __name: "VPDocOutlineItem",
  __ssrInlineRender: true,
  props: {
    headers: {},
    root: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPDocOutlineItem = resolveComponent("VPDocOutlineItem", true);
      _push(`<ul${ssrRenderAttrs(mergeProps({
        class: ["VPDocOutlineItem", __props.root ? "root" : "nested"]
      }, _attrs))} data-v-b933a997><!--[-->`);
      ssrRenderList(__props.headers, ({ children, link: link2, title: title2 }) => {
        _push(`<li data-v-b933a997><a class="outline-link"${ssrRenderAttr("href", link2)}${ssrRenderAttr("title", title2)} data-v-b933a997>${ssrInterpolate(title2)}</a>`);
        if (children == null ? void 0 : children.length) {
          _push(ssrRenderComponent(_component_VPDocOutlineItem, { headers: children }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</li>`);
      });
      _push(`<!--]--></ul>`);
    };
  }
});
const _sfc_setup$17 = _sfc_main$17.setup;
_sfc_main$17.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPDocOutlineItem.vue");
  return _sfc_setup$17 ? _sfc_setup$17(props, ctx) : void 0;
};
const VPDocOutlineItem = /* @__PURE__ */ _export_sfc(_sfc_main$17, [["__scopeId", "data-v-b933a997"]]);
const _sfc_main$16 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideOutline",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    const headers = shallowRef([]);
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const container = ref();
    const marker = ref();
    useActiveAnchor(container, marker);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<nav${ssrRenderAttrs(mergeProps({
        "aria-labelledby": "doc-outline-aria-label",
        class: ["VPDocAsideOutline", { "has-outline": headers.value.length > 0 }],
        ref_key: "container",
        ref: container
      }, _attrs))} data-v-a5bbad30><div class="content" data-v-a5bbad30><div class="outline-marker" data-v-a5bbad30></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" data-v-a5bbad30>${ssrInterpolate(unref(resolveTitle)(unref(theme2)))}</div>`);
      _push(ssrRenderComponent(VPDocOutlineItem, {
        headers: headers.value,
        root: true
      }, null, _parent));
      _push(`</div></nav>`);
    };
  }
});
const _sfc_setup$16 = _sfc_main$16.setup;
_sfc_main$16.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPDocAsideOutline.vue");
  return _sfc_setup$16 ? _sfc_setup$16(props, ctx) : void 0;
};
const VPDocAsideOutline = /* @__PURE__ */ _export_sfc(_sfc_main$16, [["__scopeId", "data-v-a5bbad30"]]);
const _sfc_main$15 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideCarbonAds",
  __ssrInlineRender: true,
  props: {
    carbonAds: {}
  },
  setup(__props) {
    const VPCarbonAds = () => null;
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAsideCarbonAds" }, _attrs))}>`);
      _push(ssrRenderComponent(unref(VPCarbonAds), { "carbon-ads": __props.carbonAds }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$15 = _sfc_main$15.setup;
_sfc_main$15.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPDocAsideCarbonAds.vue");
  return _sfc_setup$15 ? _sfc_setup$15(props, ctx) : void 0;
};
const _sfc_main$14 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAside",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAside" }, _attrs))} data-v-3f215769>`);
      ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(VPDocAsideOutline, null, null, _parent));
      ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push, _parent);
      _push(`<div class="spacer" data-v-3f215769></div>`);
      ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push, _parent);
      if (unref(theme2).carbonAds) {
        _push(ssrRenderComponent(_sfc_main$15, {
          "carbon-ads": unref(theme2).carbonAds
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$14 = _sfc_main$14.setup;
_sfc_main$14.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPDocAside.vue");
  return _sfc_setup$14 ? _sfc_setup$14(props, ctx) : void 0;
};
const VPDocAside = /* @__PURE__ */ _export_sfc(_sfc_main$14, [["__scopeId", "data-v-3f215769"]]);
function useEditLink() {
  const { theme: theme2, page } = useData();
  return computed(() => {
    const { text = "Edit this page", pattern = "" } = theme2.value.editLink || {};
    let url;
    if (typeof pattern === "function") {
      url = pattern(page.value);
    } else {
      url = pattern.replace(/:path/g, page.value.filePath);
    }
    return { url, text };
  });
}
function usePrevNext() {
  const { page, theme: theme2, frontmatter } = useData();
  return computed(() => {
    var _a, _b, _c, _d, _e, _f, _g, _h;
    const sidebar = getSidebar(theme2.value.sidebar, page.value.relativePath);
    const links = getFlatSideBarLinks(sidebar);
    const candidates = uniqBy(links, (link2) => link2.link.replace(/[?#].*$/, ""));
    const index = candidates.findIndex((link2) => {
      return isActive(page.value.relativePath, link2.link);
    });
    const hidePrev = ((_a = theme2.value.docFooter) == null ? void 0 : _a.prev) === false && !frontmatter.value.prev || frontmatter.value.prev === false;
    const hideNext = ((_b = theme2.value.docFooter) == null ? void 0 : _b.next) === false && !frontmatter.value.next || frontmatter.value.next === false;
    return {
      prev: hidePrev ? void 0 : {
        text: (typeof frontmatter.value.prev === "string" ? frontmatter.value.prev : typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.text : void 0) ?? ((_c = candidates[index - 1]) == null ? void 0 : _c.docFooterText) ?? ((_d = candidates[index - 1]) == null ? void 0 : _d.text),
        link: (typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.link : void 0) ?? ((_e = candidates[index - 1]) == null ? void 0 : _e.link)
      },
      next: hideNext ? void 0 : {
        text: (typeof frontmatter.value.next === "string" ? frontmatter.value.next : typeof frontmatter.value.next === "object" ? frontmatter.value.next.text : void 0) ?? ((_f = candidates[index + 1]) == null ? void 0 : _f.docFooterText) ?? ((_g = candidates[index + 1]) == null ? void 0 : _g.text),
        link: (typeof frontmatter.value.next === "object" ? frontmatter.value.next.link : void 0) ?? ((_h = candidates[index + 1]) == null ? void 0 : _h.link)
      }
    };
  });
}
function uniqBy(array, keyFn) {
  const seen = /* @__PURE__ */ new Set();
  return array.filter((item) => {
    const k = keyFn(item);
    return seen.has(k) ? false : seen.add(k);
  });
}
const _sfc_main$13 = /* @__PURE__ */ defineComponent({
  __name: "VPLink",
  __ssrInlineRender: true,
  props: {
    tag: {},
    href: {},
    noIcon: { type: Boolean },
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const tag = computed(() => props.tag ?? (props.href ? "a" : "span"));
    const isExternal2 = computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href) || props.target === "_blank"
    );
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(tag.value), mergeProps({
        class: ["VPLink", {
          link: __props.href,
          "vp-external-link-icon": isExternal2.value,
          "no-icon": __props.noIcon
        }],
        href: __props.href ? unref(normalizeLink$1)(__props.href) : void 0,
        target: __props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: __props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "default")
            ];
          }
        }),
        _: 3
      }), _parent);
    };
  }
});
const _sfc_setup$13 = _sfc_main$13.setup;
_sfc_main$13.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPLink.vue");
  return _sfc_setup$13 ? _sfc_setup$13(props, ctx) : void 0;
};
const _sfc_main$12 = /* @__PURE__ */ defineComponent({
  __name: "VPDocFooterLastUpdated",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, lang } = useData();
    const date = computed(
      () => new Date(page.value.lastUpdated)
    );
    const isoDatetime = computed(() => date.value.toISOString());
    const datetime = ref("");
    onMounted(() => {
      watchEffect(() => {
        var _a, _b, _c;
        datetime.value = new Intl.DateTimeFormat(
          ((_b = (_a = theme2.value.lastUpdated) == null ? void 0 : _a.formatOptions) == null ? void 0 : _b.forceLocale) ? lang.value : void 0,
          ((_c = theme2.value.lastUpdated) == null ? void 0 : _c.formatOptions) ?? {
            dateStyle: "short",
            timeStyle: "short"
          }
        ).format(date.value);
      });
    });
    return (_ctx, _push, _parent, _attrs) => {
      var _a;
      _push(`<p${ssrRenderAttrs(mergeProps({ class: "VPLastUpdated" }, _attrs))} data-v-e98dd255>${ssrInterpolate(((_a = unref(theme2).lastUpdated) == null ? void 0 : _a.text) || unref(theme2).lastUpdatedText || "Last updated")}: <time${ssrRenderAttr("datetime", isoDatetime.value)} data-v-e98dd255>${ssrInterpolate(datetime.value)}</time></p>`);
    };
  }
});
const _sfc_setup$12 = _sfc_main$12.setup;
_sfc_main$12.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPDocFooterLastUpdated.vue");
  return _sfc_setup$12 ? _sfc_setup$12(props, ctx) : void 0;
};
const VPDocFooterLastUpdated = /* @__PURE__ */ _export_sfc(_sfc_main$12, [["__scopeId", "data-v-e98dd255"]]);
const _sfc_main$11 = /* @__PURE__ */ defineComponent({
  __name: "VPDocFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, frontmatter } = useData();
    const editLink = useEditLink();
    const control = usePrevNext();
    const hasEditLink = computed(
      () => theme2.value.editLink && frontmatter.value.editLink !== false
    );
    const hasLastUpdated = computed(() => page.value.lastUpdated);
    const showFooter = computed(
      () => hasEditLink.value || hasLastUpdated.value || control.value.prev || control.value.next
    );
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d;
      if (showFooter.value) {
        _push(`<footer${ssrRenderAttrs(mergeProps({ class: "VPDocFooter" }, _attrs))} data-v-e257564d>`);
        ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push, _parent);
        if (hasEditLink.value || hasLastUpdated.value) {
          _push(`<div class="edit-info" data-v-e257564d>`);
          if (hasEditLink.value) {
            _push(`<div class="edit-link" data-v-e257564d>`);
            _push(ssrRenderComponent(_sfc_main$13, {
              class: "edit-link-button",
              href: unref(editLink).url,
              "no-icon": true
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                if (_push2) {
                  _push2(`<span class="vpi-square-pen edit-link-icon" data-v-e257564d${_scopeId}></span> ${ssrInterpolate(unref(editLink).text)}`);
                } else {
                  return [
                    createVNode("span", { class: "vpi-square-pen edit-link-icon" }),
                    createTextVNode(" " + toDisplayString(unref(editLink).text), 1)
                  ];
                }
              }),
              _: 1
            }, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          if (hasLastUpdated.value) {
            _push(`<div class="last-updated" data-v-e257564d>`);
            _push(ssrRenderComponent(VPDocFooterLastUpdated, null, null, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        if (((_a = unref(control).prev) == null ? void 0 : _a.link) || ((_b = unref(control).next) == null ? void 0 : _b.link)) {
          _push(`<nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-e257564d><span class="visually-hidden" id="doc-footer-aria-label" data-v-e257564d>Pager</span><div class="pager" data-v-e257564d>`);
          if ((_c = unref(control).prev) == null ? void 0 : _c.link) {
            _push(ssrRenderComponent(_sfc_main$13, {
              class: "pager-link prev",
              href: unref(control).prev.link
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                var _a2, _b2;
                if (_push2) {
                  _push2(`<span class="desc" data-v-e257564d${_scopeId}>${(((_a2 = unref(theme2).docFooter) == null ? void 0 : _a2.prev) || "Previous page") ?? ""}</span><span class="title" data-v-e257564d${_scopeId}>${unref(control).prev.text ?? ""}</span>`);
                } else {
                  return [
                    createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b2 = unref(theme2).docFooter) == null ? void 0 : _b2.prev) || "Previous page"
                    }, null, 8, ["innerHTML"]),
                    createVNode("span", {
                      class: "title",
                      innerHTML: unref(control).prev.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div><div class="pager" data-v-e257564d>`);
          if ((_d = unref(control).next) == null ? void 0 : _d.link) {
            _push(ssrRenderComponent(_sfc_main$13, {
              class: "pager-link next",
              href: unref(control).next.link
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                var _a2, _b2;
                if (_push2) {
                  _push2(`<span class="desc" data-v-e257564d${_scopeId}>${(((_a2 = unref(theme2).docFooter) == null ? void 0 : _a2.next) || "Next page") ?? ""}</span><span class="title" data-v-e257564d${_scopeId}>${unref(control).next.text ?? ""}</span>`);
                } else {
                  return [
                    createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b2 = unref(theme2).docFooter) == null ? void 0 : _b2.next) || "Next page"
                    }, null, 8, ["innerHTML"]),
                    createVNode("span", {
                      class: "title",
                      innerHTML: unref(control).next.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div></nav>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$11 = _sfc_main$11.setup;
_sfc_main$11.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPDocFooter.vue");
  return _sfc_setup$11 ? _sfc_setup$11(props, ctx) : void 0;
};
const VPDocFooter = /* @__PURE__ */ _export_sfc(_sfc_main$11, [["__scopeId", "data-v-e257564d"]]);
const _sfc_main$10 = /* @__PURE__ */ defineComponent({
  __name: "VPDoc",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const { hasSidebar, hasAside, leftAside } = useSidebar();
    const pageName = computed(
      () => route.path.replace(/[./]+/g, "_").replace(/_html$/, "")
    );
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPDoc", { "has-sidebar": unref(hasSidebar), "has-aside": unref(hasAside) }]
      }, _attrs))} data-v-39a288b8>`);
      ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push, _parent);
      _push(`<div class="container" data-v-39a288b8>`);
      if (unref(hasAside)) {
        _push(`<div class="${ssrRenderClass([{ "left-aside": unref(leftAside) }, "aside"])}" data-v-39a288b8><div class="aside-curtain" data-v-39a288b8></div><div class="aside-container" data-v-39a288b8><div class="aside-content" data-v-39a288b8>`);
        _push(ssrRenderComponent(VPDocAside, null, {
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</div></div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<div class="content" data-v-39a288b8><div class="content-container" data-v-39a288b8>`);
      ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push, _parent);
      _push(`<main class="main" data-v-39a288b8>`);
      _push(ssrRenderComponent(_component_Content, {
        class: ["vp-doc", [
          pageName.value,
          unref(theme2).externalLinkIcon && "external-link-icon-enabled"
        ]]
      }, null, _parent));
      _push(`</main>`);
      _push(ssrRenderComponent(VPDocFooter, null, {
        "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push, _parent);
      _push(`</div></div></div>`);
      ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$10 = _sfc_main$10.setup;
_sfc_main$10.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPDoc.vue");
  return _sfc_setup$10 ? _sfc_setup$10(props, ctx) : void 0;
};
const VPDoc = /* @__PURE__ */ _export_sfc(_sfc_main$10, [["__scopeId", "data-v-39a288b8"]]);
const _sfc_main$$ = /* @__PURE__ */ defineComponent({
  __name: "VPButton",
  __ssrInlineRender: true,
  props: {
    tag: {},
    size: { default: "medium" },
    theme: { default: "brand" },
    text: {},
    href: {},
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const isExternal2 = computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href)
    );
    const component = computed(() => {
      return props.tag || (props.href ? "a" : "button");
    });
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(component.value), mergeProps({
        class: ["VPButton", [__props.size, __props.theme]],
        href: __props.href ? unref(normalizeLink$1)(__props.href) : void 0,
        target: props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`${ssrInterpolate(__props.text)}`);
          } else {
            return [
              createTextVNode(toDisplayString(__props.text), 1)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$$ = _sfc_main$$.setup;
_sfc_main$$.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPButton.vue");
  return _sfc_setup$$ ? _sfc_setup$$(props, ctx) : void 0;
};
const VPButton = /* @__PURE__ */ _export_sfc(_sfc_main$$, [["__scopeId", "data-v-fa7799d5"]]);
const _sfc_main$_ = /* @__PURE__ */ defineComponent({
  ...{ inheritAttrs: false },
  __name: "VPImage",
  __ssrInlineRender: true,
  props: {
    image: {},
    alt: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPImage = resolveComponent("VPImage", true);
      if (__props.image) {
        _push(`<!--[-->`);
        if (typeof __props.image === "string" || "src" in __props.image) {
          _push(`<img${ssrRenderAttrs(mergeProps({ class: "VPImage" }, typeof __props.image === "string" ? _ctx.$attrs : { ...__props.image, ..._ctx.$attrs }, {
            src: unref(withBase)(typeof __props.image === "string" ? __props.image : __props.image.src),
            alt: __props.alt ?? (typeof __props.image === "string" ? "" : __props.image.alt || "")
          }))} data-v-8426fc1a>`);
        } else {
          _push(`<!--[-->`);
          _push(ssrRenderComponent(_component_VPImage, mergeProps({
            class: "dark",
            image: __props.image.dark,
            alt: __props.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(ssrRenderComponent(_component_VPImage, mergeProps({
            class: "light",
            image: __props.image.light,
            alt: __props.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(`<!--]-->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$_ = _sfc_main$_.setup;
_sfc_main$_.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPImage.vue");
  return _sfc_setup$_ ? _sfc_setup$_(props, ctx) : void 0;
};
const VPImage = /* @__PURE__ */ _export_sfc(_sfc_main$_, [["__scopeId", "data-v-8426fc1a"]]);
const _sfc_main$Z = /* @__PURE__ */ defineComponent({
  __name: "VPHero",
  __ssrInlineRender: true,
  props: {
    name: {},
    text: {},
    tagline: {},
    image: {},
    actions: {}
  },
  setup(__props) {
    const heroImageSlotExists = inject("hero-image-slot-exists");
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPHero", { "has-image": __props.image || unref(heroImageSlotExists) }]
      }, _attrs))} data-v-4f9c455b><div class="container" data-v-4f9c455b><div class="main" data-v-4f9c455b>`);
      ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, () => {
        _push(`<h1 class="heading" data-v-4f9c455b>`);
        if (__props.name) {
          _push(`<span class="name clip" data-v-4f9c455b>${__props.name ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.text) {
          _push(`<span class="text" data-v-4f9c455b>${__props.text ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</h1>`);
        if (__props.tagline) {
          _push(`<p class="tagline" data-v-4f9c455b>${__props.tagline ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
      }, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push, _parent);
      if (__props.actions) {
        _push(`<div class="actions" data-v-4f9c455b><!--[-->`);
        ssrRenderList(__props.actions, (action) => {
          _push(`<div class="action" data-v-4f9c455b>`);
          _push(ssrRenderComponent(VPButton, {
            tag: "a",
            size: "medium",
            theme: action.theme,
            text: action.text,
            href: action.link,
            target: action.target,
            rel: action.rel
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push, _parent);
      _push(`</div>`);
      if (__props.image || unref(heroImageSlotExists)) {
        _push(`<div class="image" data-v-4f9c455b><div class="image-container" data-v-4f9c455b><div class="image-bg" data-v-4f9c455b></div>`);
        ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, () => {
          if (__props.image) {
            _push(ssrRenderComponent(VPImage, {
              class: "image-src",
              image: __props.image
            }, null, _parent));
          } else {
            _push(`<!---->`);
          }
        }, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$Z = _sfc_main$Z.setup;
_sfc_main$Z.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPHero.vue");
  return _sfc_setup$Z ? _sfc_setup$Z(props, ctx) : void 0;
};
const VPHero = /* @__PURE__ */ _export_sfc(_sfc_main$Z, [["__scopeId", "data-v-4f9c455b"]]);
const _sfc_main$Y = /* @__PURE__ */ defineComponent({
  __name: "VPHomeHero",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(fm).hero) {
        _push(ssrRenderComponent(VPHero, mergeProps({
          class: "VPHomeHero",
          name: unref(fm).hero.name,
          text: unref(fm).hero.text,
          tagline: unref(fm).hero.tagline,
          image: unref(fm).hero.image,
          actions: unref(fm).hero.actions
        }, _attrs), {
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before")
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info")
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after")
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after")
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image")
              ];
            }
          }),
          _: 3
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$Y = _sfc_main$Y.setup;
_sfc_main$Y.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPHomeHero.vue");
  return _sfc_setup$Y ? _sfc_setup$Y(props, ctx) : void 0;
};
const _sfc_main$X = /* @__PURE__ */ defineComponent({
  __name: "VPFeature",
  __ssrInlineRender: true,
  props: {
    icon: {},
    title: {},
    details: {},
    link: {},
    linkText: {},
    rel: {},
    target: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$13, mergeProps({
        class: "VPFeature",
        href: __props.link,
        rel: __props.rel,
        target: __props.target,
        "no-icon": true,
        tag: __props.link ? "a" : "div"
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<article class="box" data-v-a3976bdc${_scopeId}>`);
            if (typeof __props.icon === "object" && __props.icon.wrap) {
              _push2(`<div class="icon" data-v-a3976bdc${_scopeId}>`);
              _push2(ssrRenderComponent(VPImage, {
                image: __props.icon,
                alt: __props.icon.alt,
                height: __props.icon.height || 48,
                width: __props.icon.width || 48
              }, null, _parent2, _scopeId));
              _push2(`</div>`);
            } else if (typeof __props.icon === "object") {
              _push2(ssrRenderComponent(VPImage, {
                image: __props.icon,
                alt: __props.icon.alt,
                height: __props.icon.height || 48,
                width: __props.icon.width || 48
              }, null, _parent2, _scopeId));
            } else if (__props.icon) {
              _push2(`<div class="icon" data-v-a3976bdc${_scopeId}>${__props.icon ?? ""}</div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`<h2 class="title" data-v-a3976bdc${_scopeId}>${__props.title ?? ""}</h2>`);
            if (__props.details) {
              _push2(`<p class="details" data-v-a3976bdc${_scopeId}>${__props.details ?? ""}</p>`);
            } else {
              _push2(`<!---->`);
            }
            if (__props.linkText) {
              _push2(`<div class="link-text" data-v-a3976bdc${_scopeId}><p class="link-text-value" data-v-a3976bdc${_scopeId}>${ssrInterpolate(__props.linkText)} <span class="vpi-arrow-right link-text-icon" data-v-a3976bdc${_scopeId}></span></p></div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`</article>`);
          } else {
            return [
              createVNode("article", { class: "box" }, [
                typeof __props.icon === "object" && __props.icon.wrap ? (openBlock(), createBlock("div", {
                  key: 0,
                  class: "icon"
                }, [
                  createVNode(VPImage, {
                    image: __props.icon,
                    alt: __props.icon.alt,
                    height: __props.icon.height || 48,
                    width: __props.icon.width || 48
                  }, null, 8, ["image", "alt", "height", "width"])
                ])) : typeof __props.icon === "object" ? (openBlock(), createBlock(VPImage, {
                  key: 1,
                  image: __props.icon,
                  alt: __props.icon.alt,
                  height: __props.icon.height || 48,
                  width: __props.icon.width || 48
                }, null, 8, ["image", "alt", "height", "width"])) : __props.icon ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "icon",
                  innerHTML: __props.icon
                }, null, 8, ["innerHTML"])) : createCommentVNode("", true),
                createVNode("h2", {
                  class: "title",
                  innerHTML: __props.title
                }, null, 8, ["innerHTML"]),
                __props.details ? (openBlock(), createBlock("p", {
                  key: 3,
                  class: "details",
                  innerHTML: __props.details
                }, null, 8, ["innerHTML"])) : createCommentVNode("", true),
                __props.linkText ? (openBlock(), createBlock("div", {
                  key: 4,
                  class: "link-text"
                }, [
                  createVNode("p", { class: "link-text-value" }, [
                    createTextVNode(toDisplayString(__props.linkText) + " ", 1),
                    createVNode("span", { class: "vpi-arrow-right link-text-icon" })
                  ])
                ])) : createCommentVNode("", true)
              ])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$X = _sfc_main$X.setup;
_sfc_main$X.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPFeature.vue");
  return _sfc_setup$X ? _sfc_setup$X(props, ctx) : void 0;
};
const VPFeature = /* @__PURE__ */ _export_sfc(_sfc_main$X, [["__scopeId", "data-v-a3976bdc"]]);
const _sfc_main$W = /* @__PURE__ */ defineComponent({
  __name: "VPFeatures",
  __ssrInlineRender: true,
  props: {
    features: {}
  },
  setup(__props) {
    const props = __props;
    const grid = computed(() => {
      const length = props.features.length;
      if (!length) {
        return;
      } else if (length === 2) {
        return "grid-2";
      } else if (length === 3) {
        return "grid-3";
      } else if (length % 3 === 0) {
        return "grid-6";
      } else if (length > 3) {
        return "grid-4";
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.features) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPFeatures" }, _attrs))} data-v-a6181336><div class="container" data-v-a6181336><div class="items" data-v-a6181336><!--[-->`);
        ssrRenderList(__props.features, (feature) => {
          _push(`<div class="${ssrRenderClass([[grid.value], "item"])}" data-v-a6181336>`);
          _push(ssrRenderComponent(VPFeature, {
            icon: feature.icon,
            title: feature.title,
            details: feature.details,
            link: feature.link,
            "link-text": feature.linkText,
            rel: feature.rel,
            target: feature.target
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div></div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$W = _sfc_main$W.setup;
_sfc_main$W.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPFeatures.vue");
  return _sfc_setup$W ? _sfc_setup$W(props, ctx) : void 0;
};
const VPFeatures = /* @__PURE__ */ _export_sfc(_sfc_main$W, [["__scopeId", "data-v-a6181336"]]);
const _sfc_main$V = /* @__PURE__ */ defineComponent({
  __name: "VPHomeFeatures",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(fm).features) {
        _push(ssrRenderComponent(VPFeatures, mergeProps({
          class: "VPHomeFeatures",
          features: unref(fm).features
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$V = _sfc_main$V.setup;
_sfc_main$V.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPHomeFeatures.vue");
  return _sfc_setup$V ? _sfc_setup$V(props, ctx) : void 0;
};
const _sfc_main$U = /* @__PURE__ */ defineComponent({
  __name: "VPHomeContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { width: vw } = useWindowSize({
      initialWidth: 0,
      includeScrollbar: false
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "vp-doc container",
        style: unref(vw) ? { "--vp-offset": `calc(50% - ${unref(vw) / 2}px)` } : {}
      }, _attrs))} data-v-8e2d4988>`);
      ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$U = _sfc_main$U.setup;
_sfc_main$U.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPHomeContent.vue");
  return _sfc_setup$U ? _sfc_setup$U(props, ctx) : void 0;
};
const VPHomeContent = /* @__PURE__ */ _export_sfc(_sfc_main$U, [["__scopeId", "data-v-8e2d4988"]]);
const _sfc_main$T = /* @__PURE__ */ defineComponent({
  __name: "VPHome",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPHome", {
          "external-link-icon-enabled": unref(theme2).externalLinkIcon
        }]
      }, _attrs))} data-v-8b561e3d>`);
      ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$Y, null, {
        "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$V, null, null, _parent));
      ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push, _parent);
      if (unref(frontmatter).markdownStyles !== false) {
        _push(ssrRenderComponent(VPHomeContent, null, {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(ssrRenderComponent(_component_Content, null, null, _parent2, _scopeId));
            } else {
              return [
                createVNode(_component_Content)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(ssrRenderComponent(_component_Content, null, null, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$T = _sfc_main$T.setup;
_sfc_main$T.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPHome.vue");
  return _sfc_setup$T ? _sfc_setup$T(props, ctx) : void 0;
};
const VPHome = /* @__PURE__ */ _export_sfc(_sfc_main$T, [["__scopeId", "data-v-8b561e3d"]]);
const _sfc_main$S = {};
function _sfc_ssrRender$1(_ctx, _push, _parent, _attrs) {
  const _component_Content = resolveComponent("Content");
  _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPPage" }, _attrs))}>`);
  ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push, _parent);
  _push(ssrRenderComponent(_component_Content, null, null, _parent));
  ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push, _parent);
  _push(`</div>`);
}
const _sfc_setup$S = _sfc_main$S.setup;
_sfc_main$S.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPPage.vue");
  return _sfc_setup$S ? _sfc_setup$S(props, ctx) : void 0;
};
const VPPage = /* @__PURE__ */ _export_sfc(_sfc_main$S, [["ssrRender", _sfc_ssrRender$1]]);
const _sfc_main$R = /* @__PURE__ */ defineComponent({
  __name: "VPContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { page, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPContent", {
          "has-sidebar": unref(hasSidebar),
          "is-home": unref(frontmatter).layout === "home"
        }],
        id: "VPContent"
      }, _attrs))} data-v-1428d186>`);
      if (unref(page).isNotFound) {
        ssrRenderSlot(_ctx.$slots, "not-found", {}, () => {
          _push(ssrRenderComponent(NotFound, null, null, _parent));
        }, _push, _parent);
      } else if (unref(frontmatter).layout === "page") {
        _push(ssrRenderComponent(VPPage, null, {
          "page-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (unref(frontmatter).layout === "home") {
        _push(ssrRenderComponent(VPHome, null, {
          "home-hero-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (unref(frontmatter).layout && unref(frontmatter).layout !== "doc") {
        ssrRenderVNode(_push, createVNode(resolveDynamicComponent(unref(frontmatter).layout), null, null), _parent);
      } else {
        _push(ssrRenderComponent(VPDoc, null, {
          "doc-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$R = _sfc_main$R.setup;
_sfc_main$R.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPContent.vue");
  return _sfc_setup$R ? _sfc_setup$R(props, ctx) : void 0;
};
const VPContent = /* @__PURE__ */ _export_sfc(_sfc_main$R, [["__scopeId", "data-v-1428d186"]]);
const _sfc_main$Q = /* @__PURE__ */ defineComponent({
  __name: "VPFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).footer && unref(frontmatter).footer !== false) {
        _push(`<footer${ssrRenderAttrs(mergeProps({
          class: ["VPFooter", { "has-sidebar": unref(hasSidebar) }]
        }, _attrs))} data-v-e315a0ad><div class="container" data-v-e315a0ad>`);
        if (unref(theme2).footer.message) {
          _push(`<p class="message" data-v-e315a0ad>${unref(theme2).footer.message ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        if (unref(theme2).footer.copyright) {
          _push(`<p class="copyright" data-v-e315a0ad>${unref(theme2).footer.copyright ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</div></footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$Q = _sfc_main$Q.setup;
_sfc_main$Q.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPFooter.vue");
  return _sfc_setup$Q ? _sfc_setup$Q(props, ctx) : void 0;
};
const VPFooter = /* @__PURE__ */ _export_sfc(_sfc_main$Q, [["__scopeId", "data-v-e315a0ad"]]);
function useLocalNav() {
  const { theme: theme2, frontmatter } = useData();
  const headers = shallowRef([]);
  const hasLocalNav = computed(() => {
    return headers.value.length > 0;
  });
  onContentUpdated(() => {
    headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
  });
  return {
    headers,
    hasLocalNav
  };
}
const _sfc_main$P = /* @__PURE__ */ defineComponent({
  __name: "VPLocalNavOutlineDropdown",
  __ssrInlineRender: true,
  props: {
    headers: {},
    navHeight: {}
  },
  setup(__props) {
    const { theme: theme2 } = useData();
    const open = ref(false);
    const vh = ref(0);
    const main = ref();
    ref();
    function closeOnClickOutside(e) {
      var _a;
      if (!((_a = main.value) == null ? void 0 : _a.contains(e.target))) {
        open.value = false;
      }
    }
    watch(open, (value) => {
      if (value) {
        document.addEventListener("click", closeOnClickOutside);
        return;
      }
      document.removeEventListener("click", closeOnClickOutside);
    });
    onKeyStroke("Escape", () => {
      open.value = false;
    });
    onContentUpdated(() => {
      open.value = false;
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "VPLocalNavOutlineDropdown",
        style: { "--vp-vh": vh.value + "px" },
        ref_key: "main",
        ref: main
      }, _attrs))} data-v-8a42e2b4>`);
      if (__props.headers.length > 0) {
        _push(`<button class="${ssrRenderClass({ open: open.value })}" data-v-8a42e2b4><span class="menu-text" data-v-8a42e2b4>${ssrInterpolate(unref(resolveTitle)(unref(theme2)))}</span><span class="vpi-chevron-right icon" data-v-8a42e2b4></span></button>`);
      } else {
        _push(`<button data-v-8a42e2b4>${ssrInterpolate(unref(theme2).returnToTopLabel || "Return to top")}</button>`);
      }
      if (open.value) {
        _push(`<div class="items" data-v-8a42e2b4><div class="header" data-v-8a42e2b4><a class="top-link" href="#" data-v-8a42e2b4>${ssrInterpolate(unref(theme2).returnToTopLabel || "Return to top")}</a></div><div class="outline" data-v-8a42e2b4>`);
        _push(ssrRenderComponent(VPDocOutlineItem, { headers: __props.headers }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$P = _sfc_main$P.setup;
_sfc_main$P.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPLocalNavOutlineDropdown.vue");
  return _sfc_setup$P ? _sfc_setup$P(props, ctx) : void 0;
};
const VPLocalNavOutlineDropdown = /* @__PURE__ */ _export_sfc(_sfc_main$P, [["__scopeId", "data-v-8a42e2b4"]]);
const _sfc_main$O = /* @__PURE__ */ defineComponent({
  __name: "VPLocalNav",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  emits: ["open-menu"],
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    const { headers } = useLocalNav();
    const { y } = useWindowScroll();
    const navHeight = ref(0);
    onMounted(() => {
      navHeight.value = parseInt(
        getComputedStyle(document.documentElement).getPropertyValue(
          "--vp-nav-height"
        )
      );
    });
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const empty = computed(() => {
      return headers.value.length === 0;
    });
    const emptyAndNoSidebar = computed(() => {
      return empty.value && !hasSidebar.value;
    });
    const classes = computed(() => {
      return {
        VPLocalNav: true,
        "has-sidebar": hasSidebar.value,
        empty: empty.value,
        fixed: emptyAndNoSidebar.value
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(frontmatter).layout !== "home" && (!emptyAndNoSidebar.value || unref(y) >= navHeight.value)) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: classes.value }, _attrs))} data-v-a6f0e41e><div class="container" data-v-a6f0e41e>`);
        if (unref(hasSidebar)) {
          _push(`<button class="menu"${ssrRenderAttr("aria-expanded", __props.open)} aria-controls="VPSidebarNav" data-v-a6f0e41e><span class="vpi-align-left menu-icon" data-v-a6f0e41e></span><span class="menu-text" data-v-a6f0e41e>${ssrInterpolate(unref(theme2).sidebarMenuLabel || "Menu")}</span></button>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent(VPLocalNavOutlineDropdown, {
          headers: unref(headers),
          navHeight: navHeight.value
        }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$O = _sfc_main$O.setup;
_sfc_main$O.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPLocalNav.vue");
  return _sfc_setup$O ? _sfc_setup$O(props, ctx) : void 0;
};
const VPLocalNav = /* @__PURE__ */ _export_sfc(_sfc_main$O, [["__scopeId", "data-v-a6f0e41e"]]);
function useNav() {
  const isScreenOpen = ref(false);
  function openScreen() {
    isScreenOpen.value = true;
    window.addEventListener("resize", closeScreenOnTabletWindow);
  }
  function closeScreen() {
    isScreenOpen.value = false;
    window.removeEventListener("resize", closeScreenOnTabletWindow);
  }
  function toggleScreen() {
    isScreenOpen.value ? closeScreen() : openScreen();
  }
  function closeScreenOnTabletWindow() {
    window.outerWidth >= 768 && closeScreen();
  }
  const route = useRoute();
  watch(() => route.path, closeScreen);
  return {
    isScreenOpen,
    openScreen,
    closeScreen,
    toggleScreen
  };
}
const _sfc_main$N = {};
function _sfc_ssrRender(_ctx, _push, _parent, _attrs) {
  _push(`<button${ssrRenderAttrs(mergeProps({
    class: "VPSwitch",
    type: "button",
    role: "switch"
  }, _attrs))} data-v-1d5665e3><span class="check" data-v-1d5665e3>`);
  if (_ctx.$slots.default) {
    _push(`<span class="icon" data-v-1d5665e3>`);
    ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
    _push(`</span>`);
  } else {
    _push(`<!---->`);
  }
  _push(`</span></button>`);
}
const _sfc_setup$N = _sfc_main$N.setup;
_sfc_main$N.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPSwitch.vue");
  return _sfc_setup$N ? _sfc_setup$N(props, ctx) : void 0;
};
const VPSwitch = /* @__PURE__ */ _export_sfc(_sfc_main$N, [["ssrRender", _sfc_ssrRender], ["__scopeId", "data-v-1d5665e3"]]);
const _sfc_main$M = /* @__PURE__ */ defineComponent({
  __name: "VPSwitchAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { isDark, theme: theme2 } = useData();
    const toggleAppearance = inject("toggle-appearance", () => {
      isDark.value = !isDark.value;
    });
    const switchTitle = ref("");
    watchPostEffect(() => {
      switchTitle.value = isDark.value ? theme2.value.lightModeSwitchTitle || "Switch to light theme" : theme2.value.darkModeSwitchTitle || "Switch to dark theme";
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(VPSwitch, mergeProps({
        title: switchTitle.value,
        class: "VPSwitchAppearance",
        "aria-checked": unref(isDark),
        onClick: unref(toggleAppearance)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span class="vpi-sun sun" data-v-5337faa4${_scopeId}></span><span class="vpi-moon moon" data-v-5337faa4${_scopeId}></span>`);
          } else {
            return [
              createVNode("span", { class: "vpi-sun sun" }),
              createVNode("span", { class: "vpi-moon moon" })
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$M = _sfc_main$M.setup;
_sfc_main$M.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPSwitchAppearance.vue");
  return _sfc_setup$M ? _sfc_setup$M(props, ctx) : void 0;
};
const VPSwitchAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$M, [["__scopeId", "data-v-5337faa4"]]);
const _sfc_main$L = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavBarAppearance" }, _attrs))} data-v-6c893767>`);
        _push(ssrRenderComponent(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$L = _sfc_main$L.setup;
_sfc_main$L.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarAppearance.vue");
  return _sfc_setup$L ? _sfc_setup$L(props, ctx) : void 0;
};
const VPNavBarAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$L, [["__scopeId", "data-v-6c893767"]]);
const focusedElement = ref();
let active = false;
let listeners = 0;
function useFlyout(options) {
  const focus = ref(false);
  if (inBrowser) {
    !active && activateFocusTracking();
    listeners++;
    const unwatch = watch(focusedElement, (el) => {
      var _a, _b, _c;
      if (el === options.el.value || ((_a = options.el.value) == null ? void 0 : _a.contains(el))) {
        focus.value = true;
        (_b = options.onFocus) == null ? void 0 : _b.call(options);
      } else {
        focus.value = false;
        (_c = options.onBlur) == null ? void 0 : _c.call(options);
      }
    });
    onUnmounted(() => {
      unwatch();
      listeners--;
      if (!listeners) {
        deactivateFocusTracking();
      }
    });
  }
  return readonly(focus);
}
function activateFocusTracking() {
  document.addEventListener("focusin", handleFocusIn);
  active = true;
  focusedElement.value = document.activeElement;
}
function deactivateFocusTracking() {
  document.removeEventListener("focusin", handleFocusIn);
}
function handleFocusIn() {
  focusedElement.value = document.activeElement;
}
const _sfc_main$K = /* @__PURE__ */ defineComponent({
  __name: "VPMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenuLink" }, _attrs))} data-v-35975db6>`);
      _push(ssrRenderComponent(_sfc_main$13, {
        class: {
          active: unref(isActive)(
            unref(page).relativePath,
            __props.item.activeMatch || __props.item.link,
            !!__props.item.activeMatch
          )
        },
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon
      }, {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-35975db6${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$K = _sfc_main$K.setup;
_sfc_main$K.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPMenuLink.vue");
  return _sfc_setup$K ? _sfc_setup$K(props, ctx) : void 0;
};
const VPMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$K, [["__scopeId", "data-v-35975db6"]]);
const _sfc_main$J = /* @__PURE__ */ defineComponent({
  __name: "VPMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenuGroup" }, _attrs))} data-v-69e747b5>`);
      if (__props.text) {
        _push(`<p class="title" data-v-69e747b5>${ssrInterpolate(__props.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(ssrRenderComponent(VPMenuLink, { item }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$J = _sfc_main$J.setup;
_sfc_main$J.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPMenuGroup.vue");
  return _sfc_setup$J ? _sfc_setup$J(props, ctx) : void 0;
};
const VPMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$J, [["__scopeId", "data-v-69e747b5"]]);
const _sfc_main$I = /* @__PURE__ */ defineComponent({
  __name: "VPMenu",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenu" }, _attrs))} data-v-b98bc113>`);
      if (__props.items) {
        _push(`<div class="items" data-v-b98bc113><!--[-->`);
        ssrRenderList(__props.items, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent(VPMenuGroup, {
              text: item.text,
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$I = _sfc_main$I.setup;
_sfc_main$I.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPMenu.vue");
  return _sfc_setup$I ? _sfc_setup$I(props, ctx) : void 0;
};
const VPMenu = /* @__PURE__ */ _export_sfc(_sfc_main$I, [["__scopeId", "data-v-b98bc113"]]);
const _sfc_main$H = /* @__PURE__ */ defineComponent({
  __name: "VPFlyout",
  __ssrInlineRender: true,
  props: {
    icon: {},
    button: {},
    label: {},
    items: {}
  },
  setup(__props) {
    const open = ref(false);
    const el = ref();
    useFlyout({ el, onBlur });
    function onBlur() {
      open.value = false;
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "VPFlyout",
        ref_key: "el",
        ref: el
      }, _attrs))} data-v-cf11d7a2><button type="button" class="button" aria-haspopup="true"${ssrRenderAttr("aria-expanded", open.value)}${ssrRenderAttr("aria-label", __props.label)} data-v-cf11d7a2>`);
      if (__props.button || __props.icon) {
        _push(`<span class="text" data-v-cf11d7a2>`);
        if (__props.icon) {
          _push(`<span class="${ssrRenderClass([__props.icon, "option-icon"])}" data-v-cf11d7a2></span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.button) {
          _push(`<span data-v-cf11d7a2>${__props.button ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<span class="vpi-chevron-down text-icon" data-v-cf11d7a2></span></span>`);
      } else {
        _push(`<span class="vpi-more-horizontal icon" data-v-cf11d7a2></span>`);
      }
      _push(`</button><div class="menu" data-v-cf11d7a2>`);
      _push(ssrRenderComponent(VPMenu, { items: __props.items }, {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "default", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$H = _sfc_main$H.setup;
_sfc_main$H.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPFlyout.vue");
  return _sfc_setup$H ? _sfc_setup$H(props, ctx) : void 0;
};
const VPFlyout = /* @__PURE__ */ _export_sfc(_sfc_main$H, [["__scopeId", "data-v-cf11d7a2"]]);
const _sfc_main$G = /* @__PURE__ */ defineComponent({
  __name: "VPSocialLink",
  __ssrInlineRender: true,
  props: {
    icon: {},
    link: {},
    ariaLabel: {}
  },
  setup(__props) {
    var _a;
    const props = __props;
    const el = ref();
    onMounted(async () => {
      var _a2;
      await nextTick();
      const span = (_a2 = el.value) == null ? void 0 : _a2.children[0];
      if (span instanceof HTMLElement && span.className.startsWith("vpi-social-") && (getComputedStyle(span).maskImage || getComputedStyle(span).webkitMaskImage) === "none") {
        span.style.setProperty(
          "--icon",
          `url('https://api.iconify.design/simple-icons/${props.icon}.svg')`
        );
      }
    });
    const svg = computed(() => {
      if (typeof props.icon === "object") return props.icon.svg;
      return `<span class="vpi-social-${props.icon}"></span>`;
    });
    {
      typeof props.icon === "string" && ((_a = useSSRContext()) == null ? void 0 : _a.vpSocialIcons.add(props.icon));
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<a${ssrRenderAttrs(mergeProps({
        ref_key: "el",
        ref: el,
        class: "VPSocialLink no-icon",
        href: __props.link,
        "aria-label": __props.ariaLabel ?? (typeof __props.icon === "string" ? __props.icon : ""),
        target: "_blank",
        rel: "noopener"
      }, _attrs))} data-v-bd121fe5>${svg.value ?? ""}</a>`);
    };
  }
});
const _sfc_setup$G = _sfc_main$G.setup;
_sfc_main$G.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPSocialLink.vue");
  return _sfc_setup$G ? _sfc_setup$G(props, ctx) : void 0;
};
const VPSocialLink = /* @__PURE__ */ _export_sfc(_sfc_main$G, [["__scopeId", "data-v-bd121fe5"]]);
const _sfc_main$F = /* @__PURE__ */ defineComponent({
  __name: "VPSocialLinks",
  __ssrInlineRender: true,
  props: {
    links: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPSocialLinks" }, _attrs))} data-v-7bc22406><!--[-->`);
      ssrRenderList(__props.links, ({ link: link2, icon, ariaLabel }) => {
        _push(ssrRenderComponent(VPSocialLink, {
          key: link2,
          icon,
          link: link2,
          ariaLabel
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$F = _sfc_main$F.setup;
_sfc_main$F.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPSocialLinks.vue");
  return _sfc_setup$F ? _sfc_setup$F(props, ctx) : void 0;
};
const VPSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$F, [["__scopeId", "data-v-7bc22406"]]);
const _sfc_main$E = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarExtra",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const hasExtraContent = computed(
      () => localeLinks.value.length && currentLang.value.label || site.value.appearance || theme2.value.socialLinks
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (hasExtraContent.value) {
        _push(ssrRenderComponent(VPFlyout, mergeProps({
          class: "VPNavBarExtra",
          label: "extra navigation"
        }, _attrs), {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              if (unref(localeLinks).length && unref(currentLang).label) {
                _push2(`<div class="group translations" data-v-bb2aa2f0${_scopeId}><p class="trans-title" data-v-bb2aa2f0${_scopeId}>${ssrInterpolate(unref(currentLang).label)}</p><!--[-->`);
                ssrRenderList(unref(localeLinks), (locale) => {
                  _push2(ssrRenderComponent(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
                });
                _push2(`<!--]--></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
                _push2(`<div class="group" data-v-bb2aa2f0${_scopeId}><div class="item appearance" data-v-bb2aa2f0${_scopeId}><p class="label" data-v-bb2aa2f0${_scopeId}>${ssrInterpolate(unref(theme2).darkModeSwitchLabel || "Appearance")}</p><div class="appearance-action" data-v-bb2aa2f0${_scopeId}>`);
                _push2(ssrRenderComponent(VPSwitchAppearance, null, null, _parent2, _scopeId));
                _push2(`</div></div></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (unref(theme2).socialLinks) {
                _push2(`<div class="group" data-v-bb2aa2f0${_scopeId}><div class="item social-links" data-v-bb2aa2f0${_scopeId}>`);
                _push2(ssrRenderComponent(VPSocialLinks, {
                  class: "social-links-list",
                  links: unref(theme2).socialLinks
                }, null, _parent2, _scopeId));
                _push2(`</div></div>`);
              } else {
                _push2(`<!---->`);
              }
            } else {
              return [
                unref(localeLinks).length && unref(currentLang).label ? (openBlock(), createBlock("div", {
                  key: 0,
                  class: "group translations"
                }, [
                  createVNode("p", { class: "trans-title" }, toDisplayString(unref(currentLang).label), 1),
                  (openBlock(true), createBlock(Fragment, null, renderList(unref(localeLinks), (locale) => {
                    return openBlock(), createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])) : createCommentVNode("", true),
                unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto" ? (openBlock(), createBlock("div", {
                  key: 1,
                  class: "group"
                }, [
                  createVNode("div", { class: "item appearance" }, [
                    createVNode("p", { class: "label" }, toDisplayString(unref(theme2).darkModeSwitchLabel || "Appearance"), 1),
                    createVNode("div", { class: "appearance-action" }, [
                      createVNode(VPSwitchAppearance)
                    ])
                  ])
                ])) : createCommentVNode("", true),
                unref(theme2).socialLinks ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "group"
                }, [
                  createVNode("div", { class: "item social-links" }, [
                    createVNode(VPSocialLinks, {
                      class: "social-links-list",
                      links: unref(theme2).socialLinks
                    }, null, 8, ["links"])
                  ])
                ])) : createCommentVNode("", true)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$E = _sfc_main$E.setup;
_sfc_main$E.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarExtra.vue");
  return _sfc_setup$E ? _sfc_setup$E(props, ctx) : void 0;
};
const VPNavBarExtra = /* @__PURE__ */ _export_sfc(_sfc_main$E, [["__scopeId", "data-v-bb2aa2f0"]]);
const _sfc_main$D = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarHamburger",
  __ssrInlineRender: true,
  props: {
    active: { type: Boolean }
  },
  emits: ["click"],
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs(mergeProps({
        type: "button",
        class: ["VPNavBarHamburger", { active: __props.active }],
        "aria-label": "mobile navigation",
        "aria-expanded": __props.active,
        "aria-controls": "VPNavScreen"
      }, _attrs))} data-v-e5dd9c1c><span class="container" data-v-e5dd9c1c><span class="top" data-v-e5dd9c1c></span><span class="middle" data-v-e5dd9c1c></span><span class="bottom" data-v-e5dd9c1c></span></span></button>`);
    };
  }
});
const _sfc_setup$D = _sfc_main$D.setup;
_sfc_main$D.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarHamburger.vue");
  return _sfc_setup$D ? _sfc_setup$D(props, ctx) : void 0;
};
const VPNavBarHamburger = /* @__PURE__ */ _export_sfc(_sfc_main$D, [["__scopeId", "data-v-e5dd9c1c"]]);
const _sfc_main$C = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$13, mergeProps({
        class: {
          VPNavBarMenuLink: true,
          active: unref(isActive)(
            unref(page).relativePath,
            __props.item.activeMatch || __props.item.link,
            !!__props.item.activeMatch
          )
        },
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        tabindex: "0"
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-e56f3d57${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$C = _sfc_main$C.setup;
_sfc_main$C.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuLink.vue");
  return _sfc_setup$C ? _sfc_setup$C(props, ctx) : void 0;
};
const VPNavBarMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$C, [["__scopeId", "data-v-e56f3d57"]]);
const _sfc_main$B = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenuGroup",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const props = __props;
    const { page } = useData();
    const isChildActive = (navItem) => {
      if ("component" in navItem) return false;
      if ("link" in navItem) {
        return isActive(
          page.value.relativePath,
          navItem.link,
          !!props.item.activeMatch
        );
      }
      return navItem.items.some(isChildActive);
    };
    const childrenActive = computed(() => isChildActive(props.item));
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(VPFlyout, mergeProps({
        class: {
          VPNavBarMenuGroup: true,
          active: unref(isActive)(unref(page).relativePath, __props.item.activeMatch, !!__props.item.activeMatch) || childrenActive.value
        },
        button: __props.item.text,
        items: __props.item.items
      }, _attrs), null, _parent));
    };
  }
});
const _sfc_setup$B = _sfc_main$B.setup;
_sfc_main$B.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuGroup.vue");
  return _sfc_setup$B ? _sfc_setup$B(props, ctx) : void 0;
};
const _sfc_main$A = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs(mergeProps({
          "aria-labelledby": "main-nav-aria-label",
          class: "VPNavBarMenu"
        }, _attrs))} data-v-dc692963><span id="main-nav-aria-label" class="visually-hidden" data-v-dc692963> Main Navigation </span><!--[-->`);
        ssrRenderList(unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPNavBarMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent(_sfc_main$B, { item }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$A = _sfc_main$A.setup;
_sfc_main$A.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenu.vue");
  return _sfc_setup$A ? _sfc_setup$A(props, ctx) : void 0;
};
const VPNavBarMenu = /* @__PURE__ */ _export_sfc(_sfc_main$A, [["__scopeId", "data-v-dc692963"]]);
function createSearchTranslate(defaultTranslations) {
  const { localeIndex, theme: theme2 } = useData();
  function translate(key) {
    var _a, _b, _c;
    const keyPath = key.split(".");
    const themeObject = (_a = theme2.value.search) == null ? void 0 : _a.options;
    const isObject = themeObject && typeof themeObject === "object";
    const locales = isObject && ((_c = (_b = themeObject.locales) == null ? void 0 : _b[localeIndex.value]) == null ? void 0 : _c.translations) || null;
    const translations = isObject && themeObject.translations || null;
    let localeResult = locales;
    let translationResult = translations;
    let defaultResult = defaultTranslations;
    const lastKey = keyPath.pop();
    for (const k of keyPath) {
      let fallbackResult = null;
      const foundInFallback = defaultResult == null ? void 0 : defaultResult[k];
      if (foundInFallback) {
        fallbackResult = defaultResult = foundInFallback;
      }
      const foundInTranslation = translationResult == null ? void 0 : translationResult[k];
      if (foundInTranslation) {
        fallbackResult = translationResult = foundInTranslation;
      }
      const foundInLocale = localeResult == null ? void 0 : localeResult[k];
      if (foundInLocale) {
        fallbackResult = localeResult = foundInLocale;
      }
      if (!foundInFallback) {
        defaultResult = fallbackResult;
      }
      if (!foundInTranslation) {
        translationResult = fallbackResult;
      }
      if (!foundInLocale) {
        localeResult = fallbackResult;
      }
    }
    return (localeResult == null ? void 0 : localeResult[lastKey]) ?? (translationResult == null ? void 0 : translationResult[lastKey]) ?? (defaultResult == null ? void 0 : defaultResult[lastKey]) ?? "";
  }
  return translate;
}
const _sfc_main$z = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSearchButton",
  __ssrInlineRender: true,
  setup(__props) {
    const defaultTranslations = {
      button: {
        buttonText: "Search",
        buttonAriaLabel: "Search"
      }
    };
    const translate = createSearchTranslate(defaultTranslations);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs(mergeProps({
        type: "button",
        class: "DocSearch DocSearch-Button",
        "aria-label": unref(translate)("button.buttonAriaLabel")
      }, _attrs))}><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">${ssrInterpolate(unref(translate)("button.buttonText"))}</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button>`);
    };
  }
});
const _sfc_setup$z = _sfc_main$z.setup;
_sfc_main$z.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearchButton.vue");
  return _sfc_setup$z ? _sfc_setup$z(props, ctx) : void 0;
};
const _sfc_main$y = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSearch",
  __ssrInlineRender: true,
  setup(__props) {
    const VPLocalSearchBox = defineAsyncComponent(() => import("./VPLocalSearchBox.o5xD339B.js"));
    const VPAlgoliaSearchBox = () => null;
    const { theme: theme2 } = useData();
    const loaded = ref(false);
    const actuallyLoaded = ref(false);
    onMounted(() => {
      {
        return;
      }
    });
    function load() {
      if (!loaded.value) {
        loaded.value = true;
        setTimeout(poll, 16);
      }
    }
    function poll() {
      const e = new Event("keydown");
      e.key = "k";
      e.metaKey = true;
      window.dispatchEvent(e);
      setTimeout(() => {
        if (!document.querySelector(".DocSearch-Modal")) {
          poll();
        }
      }, 16);
    }
    function isEditingContent(event) {
      const element = event.target;
      const tagName = element.tagName;
      return element.isContentEditable || tagName === "INPUT" || tagName === "SELECT" || tagName === "TEXTAREA";
    }
    const showSearch = ref(false);
    {
      onKeyStroke("k", (event) => {
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
      onKeyStroke("/", (event) => {
        if (!isEditingContent(event)) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
    }
    const provider = "local";
    return (_ctx, _push, _parent, _attrs) => {
      var _a;
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavBarSearch" }, _attrs))}>`);
      if (unref(provider) === "local") {
        _push(`<!--[-->`);
        if (showSearch.value) {
          _push(ssrRenderComponent(unref(VPLocalSearchBox), {
            onClose: ($event) => showSearch.value = false
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<div id="local-search">`);
        _push(ssrRenderComponent(_sfc_main$z, {
          onClick: ($event) => showSearch.value = true
        }, null, _parent));
        _push(`</div><!--]-->`);
      } else if (unref(provider) === "algolia") {
        _push(`<!--[-->`);
        if (loaded.value) {
          _push(ssrRenderComponent(unref(VPAlgoliaSearchBox), {
            algolia: ((_a = unref(theme2).search) == null ? void 0 : _a.options) ?? unref(theme2).algolia,
            onVnodeBeforeMount: ($event) => actuallyLoaded.value = true
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        if (!actuallyLoaded.value) {
          _push(`<div id="docsearch">`);
          _push(ssrRenderComponent(_sfc_main$z, { onClick: load }, null, _parent));
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$y = _sfc_main$y.setup;
_sfc_main$y.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearch.vue");
  return _sfc_setup$y ? _sfc_setup$y(props, ctx) : void 0;
};
const _sfc_main$x = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).socialLinks) {
        _push(ssrRenderComponent(VPSocialLinks, mergeProps({
          class: "VPNavBarSocialLinks",
          links: unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$x = _sfc_main$x.setup;
_sfc_main$x.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarSocialLinks.vue");
  return _sfc_setup$x ? _sfc_setup$x(props, ctx) : void 0;
};
const VPNavBarSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$x, [["__scopeId", "data-v-0394ad82"]]);
const _sfc_main$w = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarTitle",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { hasSidebar } = useSidebar();
    const { currentLang } = useLangs();
    const link2 = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? theme2.value.logoLink : (_a = theme2.value.logoLink) == null ? void 0 : _a.link;
      }
    );
    const rel = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a = theme2.value.logoLink) == null ? void 0 : _a.rel;
      }
    );
    const target = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a = theme2.value.logoLink) == null ? void 0 : _a.target;
      }
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavBarTitle", { "has-sidebar": unref(hasSidebar) }]
      }, _attrs))} data-v-1168a8e4><a class="title"${ssrRenderAttr("href", link2.value ?? unref(normalizeLink$1)(unref(currentLang).link))}${ssrRenderAttr("rel", rel.value)}${ssrRenderAttr("target", target.value)} data-v-1168a8e4>`);
      ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push, _parent);
      if (unref(theme2).logo) {
        _push(ssrRenderComponent(VPImage, {
          class: "logo",
          image: unref(theme2).logo
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      if (unref(theme2).siteTitle) {
        _push(`<span data-v-1168a8e4>${unref(theme2).siteTitle ?? ""}</span>`);
      } else if (unref(theme2).siteTitle === void 0) {
        _push(`<span data-v-1168a8e4>${ssrInterpolate(unref(site).title)}</span>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push, _parent);
      _push(`</a></div>`);
    };
  }
});
const _sfc_setup$w = _sfc_main$w.setup;
_sfc_main$w.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarTitle.vue");
  return _sfc_setup$w ? _sfc_setup$w(props, ctx) : void 0;
};
const VPNavBarTitle = /* @__PURE__ */ _export_sfc(_sfc_main$w, [["__scopeId", "data-v-1168a8e4"]]);
const _sfc_main$v = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(localeLinks).length && unref(currentLang).label) {
        _push(ssrRenderComponent(VPFlyout, mergeProps({
          class: "VPNavBarTranslations",
          icon: "vpi-languages",
          label: unref(theme2).langMenuLabel || "Change language"
        }, _attrs), {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<div class="items" data-v-88af2de4${_scopeId}><p class="title" data-v-88af2de4${_scopeId}>${ssrInterpolate(unref(currentLang).label)}</p><!--[-->`);
              ssrRenderList(unref(localeLinks), (locale) => {
                _push2(ssrRenderComponent(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
              });
              _push2(`<!--]--></div>`);
            } else {
              return [
                createVNode("div", { class: "items" }, [
                  createVNode("p", { class: "title" }, toDisplayString(unref(currentLang).label), 1),
                  (openBlock(true), createBlock(Fragment, null, renderList(unref(localeLinks), (locale) => {
                    return openBlock(), createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$v = _sfc_main$v.setup;
_sfc_main$v.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBarTranslations.vue");
  return _sfc_setup$v ? _sfc_setup$v(props, ctx) : void 0;
};
const VPNavBarTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$v, [["__scopeId", "data-v-88af2de4"]]);
const _sfc_main$u = /* @__PURE__ */ defineComponent({
  __name: "VPNavBar",
  __ssrInlineRender: true,
  props: {
    isScreenOpen: { type: Boolean }
  },
  emits: ["toggle-screen"],
  setup(__props) {
    const props = __props;
    const { y } = useWindowScroll();
    const { hasSidebar } = useSidebar();
    const { frontmatter } = useData();
    const classes = ref({});
    watchPostEffect(() => {
      classes.value = {
        "has-sidebar": hasSidebar.value,
        "home": frontmatter.value.layout === "home",
        "top": y.value === 0,
        "screen-open": props.isScreenOpen
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavBar", classes.value]
      }, _attrs))} data-v-6aa21345><div class="wrapper" data-v-6aa21345><div class="container" data-v-6aa21345><div class="title" data-v-6aa21345>`);
      _push(ssrRenderComponent(VPNavBarTitle, null, {
        "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
            ];
          }
        }),
        "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div><div class="content" data-v-6aa21345><div class="content-body" data-v-6aa21345>`);
      ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$y, { class: "search" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarMenu, { class: "menu" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarTranslations, { class: "translations" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarAppearance, { class: "appearance" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarSocialLinks, { class: "social-links" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarExtra, { class: "extra" }, null, _parent));
      ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push, _parent);
      _push(ssrRenderComponent(VPNavBarHamburger, {
        class: "hamburger",
        active: __props.isScreenOpen,
        onClick: ($event) => _ctx.$emit("toggle-screen")
      }, null, _parent));
      _push(`</div></div></div></div><div class="divider" data-v-6aa21345><div class="divider-line" data-v-6aa21345></div></div></div>`);
    };
  }
});
const _sfc_setup$u = _sfc_main$u.setup;
_sfc_main$u.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavBar.vue");
  return _sfc_setup$u ? _sfc_setup$u(props, ctx) : void 0;
};
const VPNavBar = /* @__PURE__ */ _export_sfc(_sfc_main$u, [["__scopeId", "data-v-6aa21345"]]);
const _sfc_main$t = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavScreenAppearance" }, _attrs))} data-v-b44890b2><p class="text" data-v-b44890b2>${ssrInterpolate(unref(theme2).darkModeSwitchLabel || "Appearance")}</p>`);
        _push(ssrRenderComponent(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$t = _sfc_main$t.setup;
_sfc_main$t.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenAppearance.vue");
  return _sfc_setup$t ? _sfc_setup$t(props, ctx) : void 0;
};
const VPNavScreenAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$t, [["__scopeId", "data-v-b44890b2"]]);
const _sfc_main$s = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$13, mergeProps({
        class: "VPNavScreenMenuLink",
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        onClick: unref(closeScreen)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-df37e6dd${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$s = _sfc_main$s.setup;
_sfc_main$s.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuLink.vue");
  return _sfc_setup$s ? _sfc_setup$s(props, ctx) : void 0;
};
const VPNavScreenMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$s, [["__scopeId", "data-v-df37e6dd"]]);
const _sfc_main$r = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroupLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$13, mergeProps({
        class: "VPNavScreenMenuGroupLink",
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        onClick: unref(closeScreen)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-3e9c20e4${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$r = _sfc_main$r.setup;
_sfc_main$r.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupLink.vue");
  return _sfc_setup$r ? _sfc_setup$r(props, ctx) : void 0;
};
const VPNavScreenMenuGroupLink = /* @__PURE__ */ _export_sfc(_sfc_main$r, [["__scopeId", "data-v-3e9c20e4"]]);
const _sfc_main$q = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroupSection",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavScreenMenuGroupSection" }, _attrs))} data-v-8133b170>`);
      if (__props.text) {
        _push(`<p class="title" data-v-8133b170>${ssrInterpolate(__props.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(ssrRenderComponent(VPNavScreenMenuGroupLink, {
          key: item.text,
          item
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$q = _sfc_main$q.setup;
_sfc_main$q.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupSection.vue");
  return _sfc_setup$q ? _sfc_setup$q(props, ctx) : void 0;
};
const VPNavScreenMenuGroupSection = /* @__PURE__ */ _export_sfc(_sfc_main$q, [["__scopeId", "data-v-8133b170"]]);
const _sfc_main$p = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    const props = __props;
    const isOpen = ref(false);
    const groupId = computed(
      () => `NavScreenGroup-${props.text.replace(" ", "-").toLowerCase()}`
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavScreenMenuGroup", { open: isOpen.value }]
      }, _attrs))} data-v-b9ab8c58><button class="button"${ssrRenderAttr("aria-controls", groupId.value)}${ssrRenderAttr("aria-expanded", isOpen.value)} data-v-b9ab8c58><span class="button-text" data-v-b9ab8c58>${__props.text ?? ""}</span><span class="vpi-plus button-icon" data-v-b9ab8c58></span></button><div${ssrRenderAttr("id", groupId.value)} class="items" data-v-b9ab8c58><!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(`<div class="item" data-v-b9ab8c58>`);
          _push(ssrRenderComponent(VPNavScreenMenuGroupLink, { item }, null, _parent));
          _push(`</div>`);
        } else if ("component" in item) {
          _push(`<div class="item" data-v-b9ab8c58>`);
          ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          _push(`</div>`);
        } else {
          _push(`<div class="group" data-v-b9ab8c58>`);
          _push(ssrRenderComponent(VPNavScreenMenuGroupSection, {
            text: item.text,
            items: item.items
          }, null, _parent));
          _push(`</div>`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$p = _sfc_main$p.setup;
_sfc_main$p.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroup.vue");
  return _sfc_setup$p ? _sfc_setup$p(props, ctx) : void 0;
};
const VPNavScreenMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$p, [["__scopeId", "data-v-b9ab8c58"]]);
const _sfc_main$o = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs(mergeProps({ class: "VPNavScreenMenu" }, _attrs))}><!--[-->`);
        ssrRenderList(unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPNavScreenMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          } else {
            _push(ssrRenderComponent(VPNavScreenMenuGroup, {
              text: item.text || "",
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$o = _sfc_main$o.setup;
_sfc_main$o.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenu.vue");
  return _sfc_setup$o ? _sfc_setup$o(props, ctx) : void 0;
};
const _sfc_main$n = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).socialLinks) {
        _push(ssrRenderComponent(VPSocialLinks, mergeProps({
          class: "VPNavScreenSocialLinks",
          links: unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$n = _sfc_main$n.setup;
_sfc_main$n.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenSocialLinks.vue");
  return _sfc_setup$n ? _sfc_setup$n(props, ctx) : void 0;
};
const _sfc_main$m = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const isOpen = ref(false);
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(localeLinks).length && unref(currentLang).label) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: ["VPNavScreenTranslations", { open: isOpen.value }]
        }, _attrs))} data-v-858fe1a4><button class="title" data-v-858fe1a4><span class="vpi-languages icon lang" data-v-858fe1a4></span> ${ssrInterpolate(unref(currentLang).label)} <span class="vpi-chevron-down icon chevron" data-v-858fe1a4></span></button><ul class="list" data-v-858fe1a4><!--[-->`);
        ssrRenderList(unref(localeLinks), (locale) => {
          _push(`<li class="item" data-v-858fe1a4>`);
          _push(ssrRenderComponent(_sfc_main$13, {
            class: "link",
            href: locale.link
          }, {
            default: withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate(locale.text)}`);
              } else {
                return [
                  createTextVNode(toDisplayString(locale.text), 1)
                ];
              }
            }),
            _: 2
          }, _parent));
          _push(`</li>`);
        });
        _push(`<!--]--></ul></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$m = _sfc_main$m.setup;
_sfc_main$m.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenTranslations.vue");
  return _sfc_setup$m ? _sfc_setup$m(props, ctx) : void 0;
};
const VPNavScreenTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$m, [["__scopeId", "data-v-858fe1a4"]]);
const _sfc_main$l = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreen",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const screen = ref(null);
    useScrollLock(inBrowser ? document.body : null);
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.open) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: "VPNavScreen",
          ref_key: "screen",
          ref: screen,
          id: "VPNavScreen"
        }, _attrs))} data-v-f2779853><div class="container" data-v-f2779853>`);
        ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push, _parent);
        _push(ssrRenderComponent(_sfc_main$o, { class: "menu" }, null, _parent));
        _push(ssrRenderComponent(VPNavScreenTranslations, { class: "translations" }, null, _parent));
        _push(ssrRenderComponent(VPNavScreenAppearance, { class: "appearance" }, null, _parent));
        _push(ssrRenderComponent(_sfc_main$n, { class: "social-links" }, null, _parent));
        ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$l = _sfc_main$l.setup;
_sfc_main$l.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNavScreen.vue");
  return _sfc_setup$l ? _sfc_setup$l(props, ctx) : void 0;
};
const VPNavScreen = /* @__PURE__ */ _export_sfc(_sfc_main$l, [["__scopeId", "data-v-f2779853"]]);
const _sfc_main$k = /* @__PURE__ */ defineComponent({
  __name: "VPNav",
  __ssrInlineRender: true,
  setup(__props) {
    const { isScreenOpen, closeScreen, toggleScreen } = useNav();
    const { frontmatter } = useData();
    const hasNavbar = computed(() => {
      return frontmatter.value.navbar !== false;
    });
    provide("close-screen", closeScreen);
    watchEffect(() => {
      if (inBrowser) {
        document.documentElement.classList.toggle("hide-nav", !hasNavbar.value);
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (hasNavbar.value) {
        _push(`<header${ssrRenderAttrs(mergeProps({ class: "VPNav" }, _attrs))} data-v-ae24b3ad>`);
        _push(ssrRenderComponent(VPNavBar, {
          "is-screen-open": unref(isScreenOpen),
          onToggleScreen: unref(toggleScreen)
        }, {
          "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPNavScreen, { open: unref(isScreenOpen) }, {
          "nav-screen-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</header>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$k = _sfc_main$k.setup;
_sfc_main$k.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPNav.vue");
  return _sfc_setup$k ? _sfc_setup$k(props, ctx) : void 0;
};
const VPNav = /* @__PURE__ */ _export_sfc(_sfc_main$k, [["__scopeId", "data-v-ae24b3ad"]]);
const _sfc_main$j = /* @__PURE__ */ defineComponent({
  __name: "VPSidebarItem",
  __ssrInlineRender: true,
  props: {
    item: {},
    depth: {}
  },
  setup(__props) {
    const props = __props;
    const {
      collapsed,
      collapsible,
      isLink,
      isActiveLink,
      hasActiveLink: hasActiveLink2,
      hasChildren,
      toggle
    } = useSidebarControl(computed(() => props.item));
    const sectionTag = computed(() => hasChildren.value ? "section" : `div`);
    const linkTag = computed(() => isLink.value ? "a" : "div");
    const textTag = computed(() => {
      return !hasChildren.value ? "p" : props.depth + 2 === 7 ? "p" : `h${props.depth + 2}`;
    });
    const itemRole = computed(() => isLink.value ? void 0 : "button");
    const classes = computed(() => [
      [`level-${props.depth}`],
      { collapsible: collapsible.value },
      { collapsed: collapsed.value },
      { "is-link": isLink.value },
      { "is-active": isActiveLink.value },
      { "has-active": hasActiveLink2.value }
    ]);
    function onItemInteraction(e) {
      if ("key" in e && e.key !== "Enter") {
        return;
      }
      !props.item.link && toggle();
    }
    function onCaretClick() {
      props.item.link && toggle();
    }
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPSidebarItem = resolveComponent("VPSidebarItem", true);
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(sectionTag.value), mergeProps({
        class: ["VPSidebarItem", classes.value]
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            if (__props.item.text) {
              _push2(`<div class="item"${ssrRenderAttr("role", itemRole.value)}${ssrRenderAttr("tabindex", __props.item.items && 0)} data-v-b3fd67f8${_scopeId}><div class="indicator" data-v-b3fd67f8${_scopeId}></div>`);
              if (__props.item.link) {
                _push2(ssrRenderComponent(_sfc_main$13, {
                  tag: linkTag.value,
                  class: "link",
                  href: __props.item.link,
                  rel: __props.item.rel,
                  target: __props.item.target
                }, {
                  default: withCtx((_2, _push3, _parent3, _scopeId2) => {
                    if (_push3) {
                      ssrRenderVNode(_push3, createVNode(resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent3, _scopeId2);
                    } else {
                      return [
                        (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                          class: "text",
                          innerHTML: __props.item.text
                        }, null, 8, ["innerHTML"]))
                      ];
                    }
                  }),
                  _: 1
                }, _parent2, _scopeId));
              } else {
                ssrRenderVNode(_push2, createVNode(resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent2, _scopeId);
              }
              if (__props.item.collapsed != null && __props.item.items && __props.item.items.length) {
                _push2(`<div class="caret" role="button" aria-label="toggle section" tabindex="0" data-v-b3fd67f8${_scopeId}><span class="vpi-chevron-right caret-icon" data-v-b3fd67f8${_scopeId}></span></div>`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
            if (__props.item.items && __props.item.items.length) {
              _push2(`<div class="items" data-v-b3fd67f8${_scopeId}>`);
              if (__props.depth < 5) {
                _push2(`<!--[-->`);
                ssrRenderList(__props.item.items, (i) => {
                  _push2(ssrRenderComponent(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: __props.depth + 1
                  }, null, _parent2, _scopeId));
                });
                _push2(`<!--]-->`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
          } else {
            return [
              __props.item.text ? (openBlock(), createBlock("div", mergeProps({
                key: 0,
                class: "item",
                role: itemRole.value
              }, toHandlers(
                __props.item.items ? { click: onItemInteraction, keydown: onItemInteraction } : {},
                true
              ), {
                tabindex: __props.item.items && 0
              }), [
                createVNode("div", { class: "indicator" }),
                __props.item.link ? (openBlock(), createBlock(_sfc_main$13, {
                  key: 0,
                  tag: linkTag.value,
                  class: "link",
                  href: __props.item.link,
                  rel: __props.item.rel,
                  target: __props.item.target
                }, {
                  default: withCtx(() => [
                    (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                      class: "text",
                      innerHTML: __props.item.text
                    }, null, 8, ["innerHTML"]))
                  ]),
                  _: 1
                }, 8, ["tag", "href", "rel", "target"])) : (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                  key: 1,
                  class: "text",
                  innerHTML: __props.item.text
                }, null, 8, ["innerHTML"])),
                __props.item.collapsed != null && __props.item.items && __props.item.items.length ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "caret",
                  role: "button",
                  "aria-label": "toggle section",
                  onClick: onCaretClick,
                  onKeydown: withKeys(onCaretClick, ["enter"]),
                  tabindex: "0"
                }, [
                  createVNode("span", { class: "vpi-chevron-right caret-icon" })
                ], 32)) : createCommentVNode("", true)
              ], 16, ["role", "tabindex"])) : createCommentVNode("", true),
              __props.item.items && __props.item.items.length ? (openBlock(), createBlock("div", {
                key: 1,
                class: "items"
              }, [
                __props.depth < 5 ? (openBlock(true), createBlock(Fragment, { key: 0 }, renderList(__props.item.items, (i) => {
                  return openBlock(), createBlock(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: __props.depth + 1
                  }, null, 8, ["item", "depth"]);
                }), 128)) : createCommentVNode("", true)
              ])) : createCommentVNode("", true)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$j = _sfc_main$j.setup;
_sfc_main$j.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPSidebarItem.vue");
  return _sfc_setup$j ? _sfc_setup$j(props, ctx) : void 0;
};
const VPSidebarItem = /* @__PURE__ */ _export_sfc(_sfc_main$j, [["__scopeId", "data-v-b3fd67f8"]]);
const _sfc_main$i = /* @__PURE__ */ defineComponent({
  __name: "VPSidebarGroup",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    const disableTransition = ref(true);
    let timer = null;
    onMounted(() => {
      timer = setTimeout(() => {
        timer = null;
        disableTransition.value = false;
      }, 300);
    });
    onBeforeUnmount(() => {
      if (timer != null) {
        clearTimeout(timer);
        timer = null;
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<div class="${ssrRenderClass([{ "no-transition": disableTransition.value }, "group"])}" data-v-c40bc020>`);
        _push(ssrRenderComponent(VPSidebarItem, {
          item,
          depth: 0
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]-->`);
    };
  }
});
const _sfc_setup$i = _sfc_main$i.setup;
_sfc_main$i.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPSidebarGroup.vue");
  return _sfc_setup$i ? _sfc_setup$i(props, ctx) : void 0;
};
const VPSidebarGroup = /* @__PURE__ */ _export_sfc(_sfc_main$i, [["__scopeId", "data-v-c40bc020"]]);
const _sfc_main$h = /* @__PURE__ */ defineComponent({
  __name: "VPSidebar",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const { sidebarGroups, hasSidebar } = useSidebar();
    const props = __props;
    const navEl = ref(null);
    const isLocked = useScrollLock(inBrowser ? document.body : null);
    watch(
      [props, navEl],
      () => {
        var _a;
        if (props.open) {
          isLocked.value = true;
          (_a = navEl.value) == null ? void 0 : _a.focus();
        } else isLocked.value = false;
      },
      { immediate: true, flush: "post" }
    );
    const key = ref(0);
    watch(
      sidebarGroups,
      () => {
        key.value += 1;
      },
      { deep: true }
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(hasSidebar)) {
        _push(`<aside${ssrRenderAttrs(mergeProps({
          class: ["VPSidebar", { open: __props.open }],
          ref_key: "navEl",
          ref: navEl
        }, _attrs))} data-v-319d5ca6><div class="curtain" data-v-319d5ca6></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" data-v-319d5ca6><span class="visually-hidden" id="sidebar-aria-label" data-v-319d5ca6> Sidebar Navigation </span>`);
        ssrRenderSlot(_ctx.$slots, "sidebar-nav-before", {}, null, _push, _parent);
        _push(ssrRenderComponent(VPSidebarGroup, {
          items: unref(sidebarGroups),
          key: key.value
        }, null, _parent));
        ssrRenderSlot(_ctx.$slots, "sidebar-nav-after", {}, null, _push, _parent);
        _push(`</nav></aside>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$h = _sfc_main$h.setup;
_sfc_main$h.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPSidebar.vue");
  return _sfc_setup$h ? _sfc_setup$h(props, ctx) : void 0;
};
const VPSidebar = /* @__PURE__ */ _export_sfc(_sfc_main$h, [["__scopeId", "data-v-319d5ca6"]]);
const _sfc_main$g = /* @__PURE__ */ defineComponent({
  __name: "VPSkipLink",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const backToTop = ref();
    watch(() => route.path, () => backToTop.value.focus());
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[--><span tabindex="-1" data-v-0b0ada53></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0b0ada53>${ssrInterpolate(unref(theme2).skipToContentLabel || "Skip to content")}</a><!--]-->`);
    };
  }
});
const _sfc_setup$g = _sfc_main$g.setup;
_sfc_main$g.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPSkipLink.vue");
  return _sfc_setup$g ? _sfc_setup$g(props, ctx) : void 0;
};
const VPSkipLink = /* @__PURE__ */ _export_sfc(_sfc_main$g, [["__scopeId", "data-v-0b0ada53"]]);
const _sfc_main$f = /* @__PURE__ */ defineComponent({
  __name: "Layout",
  __ssrInlineRender: true,
  setup(__props) {
    const {
      isOpen: isSidebarOpen,
      open: openSidebar,
      close: closeSidebar
    } = useSidebar();
    const route = useRoute();
    watch(() => route.path, closeSidebar);
    useCloseSidebarOnEscape(isSidebarOpen, closeSidebar);
    const { frontmatter } = useData();
    const slots = useSlots();
    const heroImageSlotExists = computed(() => !!slots["home-hero-image"]);
    provide("hero-image-slot-exists", heroImageSlotExists);
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      if (unref(frontmatter).layout !== false) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: ["Layout", unref(frontmatter).pageClass]
        }, _attrs))} data-v-5d98c3a5>`);
        ssrRenderSlot(_ctx.$slots, "layout-top", {}, null, _push, _parent);
        _push(ssrRenderComponent(VPSkipLink, null, null, _parent));
        _push(ssrRenderComponent(VPBackdrop, {
          class: "backdrop",
          show: unref(isSidebarOpen),
          onClick: unref(closeSidebar)
        }, null, _parent));
        _push(ssrRenderComponent(VPNav, null, {
          "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPLocalNav, {
          open: unref(isSidebarOpen),
          onOpenMenu: unref(openSidebar)
        }, null, _parent));
        _push(ssrRenderComponent(VPSidebar, { open: unref(isSidebarOpen) }, {
          "sidebar-nav-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "sidebar-nav-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "sidebar-nav-before", {}, void 0, true)
              ];
            }
          }),
          "sidebar-nav-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "sidebar-nav-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "sidebar-nav-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPContent, null, {
          "page-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          "not-found": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "not-found", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "not-found", {}, void 0, true)
              ];
            }
          }),
          "home-hero-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "doc-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPFooter, null, null, _parent));
        ssrRenderSlot(_ctx.$slots, "layout-bottom", {}, null, _push, _parent);
        _push(`</div>`);
      } else {
        _push(ssrRenderComponent(_component_Content, _attrs, null, _parent));
      }
    };
  }
});
const _sfc_setup$f = _sfc_main$f.setup;
_sfc_main$f.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/Layout.vue");
  return _sfc_setup$f ? _sfc_setup$f(props, ctx) : void 0;
};
const Layout = /* @__PURE__ */ _export_sfc(_sfc_main$f, [["__scopeId", "data-v-5d98c3a5"]]);
const GridSettings = {
  xmini: [[0, 2]],
  mini: [],
  small: [
    [920, 6],
    [768, 5],
    [640, 4],
    [480, 3],
    [0, 2]
  ],
  medium: [
    [960, 5],
    [832, 4],
    [640, 3],
    [480, 2]
  ],
  big: [
    [832, 3],
    [640, 2]
  ]
};
function useSponsorsGrid({ el, size = "medium" }) {
  const onResize = throttleAndDebounce(manage, 100);
  onMounted(() => {
    manage();
    window.addEventListener("resize", onResize);
  });
  onUnmounted(() => {
    window.removeEventListener("resize", onResize);
  });
  function manage() {
    adjustSlots(el.value, size);
  }
}
function adjustSlots(el, size) {
  const tsize = el.children.length;
  const asize = el.querySelectorAll(".vp-sponsor-grid-item:not(.empty)").length;
  const grid = setGrid(el, size, asize);
  manageSlots(el, grid, tsize, asize);
}
function setGrid(el, size, items) {
  const settings = GridSettings[size];
  const screen = window.innerWidth;
  let grid = 1;
  settings.some(([breakpoint, value]) => {
    if (screen >= breakpoint) {
      grid = items < value ? items : value;
      return true;
    }
  });
  setGridData(el, grid);
  return grid;
}
function setGridData(el, value) {
  el.dataset.vpGrid = String(value);
}
function manageSlots(el, grid, tsize, asize) {
  const diff = tsize - asize;
  const rem = asize % grid;
  const drem = rem === 0 ? rem : grid - rem;
  neutralizeSlots(el, drem - diff);
}
function neutralizeSlots(el, count) {
  if (count === 0) {
    return;
  }
  count > 0 ? addSlots(el, count) : removeSlots(el, count * -1);
}
function addSlots(el, count) {
  for (let i = 0; i < count; i++) {
    const slot = document.createElement("div");
    slot.classList.add("vp-sponsor-grid-item", "empty");
    el.append(slot);
  }
}
function removeSlots(el, count) {
  for (let i = 0; i < count; i++) {
    el.removeChild(el.lastElementChild);
  }
}
const _sfc_main$e = /* @__PURE__ */ defineComponent({
  __name: "VPSponsorsGrid",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    data: {}
  },
  setup(__props) {
    const props = __props;
    const el = ref(null);
    useSponsorsGrid({ el, size: props.size });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPSponsorsGrid vp-sponsor-grid", [__props.size]],
        ref_key: "el",
        ref: el
      }, _attrs))}><!--[-->`);
      ssrRenderList(__props.data, (sponsor) => {
        _push(`<div class="vp-sponsor-grid-item"><a class="vp-sponsor-grid-link"${ssrRenderAttr("href", sponsor.url)} target="_blank" rel="sponsored noopener"><article class="vp-sponsor-grid-box"><h4 class="visually-hidden">${ssrInterpolate(sponsor.name)}</h4><img class="vp-sponsor-grid-image"${ssrRenderAttr("src", sponsor.img)}${ssrRenderAttr("alt", sponsor.name)}></article></a></div>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$e = _sfc_main$e.setup;
_sfc_main$e.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPSponsorsGrid.vue");
  return _sfc_setup$e ? _sfc_setup$e(props, ctx) : void 0;
};
const _sfc_main$d = /* @__PURE__ */ defineComponent({
  __name: "VPSponsors",
  __ssrInlineRender: true,
  props: {
    mode: { default: "normal" },
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    const props = __props;
    const sponsors = computed(() => {
      const isSponsors = props.data.some((s) => {
        return "items" in s;
      });
      if (isSponsors) {
        return props.data;
      }
      return [
        { tier: props.tier, size: props.size, items: props.data }
      ];
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPSponsors vp-sponsor", [__props.mode]]
      }, _attrs))}><!--[-->`);
      ssrRenderList(sponsors.value, (sponsor, index) => {
        _push(`<section class="vp-sponsor-section">`);
        if (sponsor.tier) {
          _push(`<h3 class="vp-sponsor-tier">${ssrInterpolate(sponsor.tier)}</h3>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent(_sfc_main$e, {
          size: sponsor.size,
          data: sponsor.items
        }, null, _parent));
        _push(`</section>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$d = _sfc_main$d.setup;
_sfc_main$d.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPSponsors.vue");
  return _sfc_setup$d ? _sfc_setup$d(props, ctx) : void 0;
};
const _sfc_main$c = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideSponsors",
  __ssrInlineRender: true,
  props: {
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAsideSponsors" }, _attrs))}>`);
      _push(ssrRenderComponent(_sfc_main$d, {
        mode: "aside",
        tier: __props.tier,
        size: __props.size,
        data: __props.data
      }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$c = _sfc_main$c.setup;
_sfc_main$c.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPDocAsideSponsors.vue");
  return _sfc_setup$c ? _sfc_setup$c(props, ctx) : void 0;
};
const _sfc_main$b = /* @__PURE__ */ defineComponent({
  __name: "VPHomeSponsors",
  __ssrInlineRender: true,
  props: {
    message: {},
    actionText: { default: "Become a sponsor" },
    actionLink: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<section${ssrRenderAttrs(mergeProps({ class: "VPHomeSponsors" }, _attrs))} data-v-3d121b4a><div class="container" data-v-3d121b4a><div class="header" data-v-3d121b4a><div class="love" data-v-3d121b4a><span class="vpi-heart icon" data-v-3d121b4a></span></div>`);
      if (__props.message) {
        _push(`<h2 class="message" data-v-3d121b4a>${ssrInterpolate(__props.message)}</h2>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div><div class="sponsors" data-v-3d121b4a>`);
      _push(ssrRenderComponent(_sfc_main$d, { data: __props.data }, null, _parent));
      _push(`</div>`);
      if (__props.actionLink) {
        _push(`<div class="action" data-v-3d121b4a>`);
        _push(ssrRenderComponent(VPButton, {
          theme: "sponsor",
          text: __props.actionText,
          href: __props.actionLink
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></section>`);
    };
  }
});
const _sfc_setup$b = _sfc_main$b.setup;
_sfc_main$b.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPHomeSponsors.vue");
  return _sfc_setup$b ? _sfc_setup$b(props, ctx) : void 0;
};
const _sfc_main$a = /* @__PURE__ */ defineComponent({
  __name: "VPTeamMembersItem",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    member: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<article${ssrRenderAttrs(mergeProps({
        class: ["VPTeamMembersItem", [__props.size]]
      }, _attrs))} data-v-f3fa364a><div class="profile" data-v-f3fa364a><figure class="avatar" data-v-f3fa364a><img class="avatar-img"${ssrRenderAttr("src", __props.member.avatar)}${ssrRenderAttr("alt", __props.member.name)} data-v-f3fa364a></figure><div class="data" data-v-f3fa364a><h1 class="name" data-v-f3fa364a>${ssrInterpolate(__props.member.name)}</h1>`);
      if (__props.member.title || __props.member.org) {
        _push(`<p class="affiliation" data-v-f3fa364a>`);
        if (__props.member.title) {
          _push(`<span class="title" data-v-f3fa364a>${ssrInterpolate(__props.member.title)}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.member.title && __props.member.org) {
          _push(`<span class="at" data-v-f3fa364a> @ </span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.member.org) {
          _push(ssrRenderComponent(_sfc_main$13, {
            class: ["org", { link: __props.member.orgLink }],
            href: __props.member.orgLink,
            "no-icon": ""
          }, {
            default: withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate(__props.member.org)}`);
              } else {
                return [
                  createTextVNode(toDisplayString(__props.member.org), 1)
                ];
              }
            }),
            _: 1
          }, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</p>`);
      } else {
        _push(`<!---->`);
      }
      if (__props.member.desc) {
        _push(`<p class="desc" data-v-f3fa364a>${__props.member.desc ?? ""}</p>`);
      } else {
        _push(`<!---->`);
      }
      if (__props.member.links) {
        _push(`<div class="links" data-v-f3fa364a>`);
        _push(ssrRenderComponent(VPSocialLinks, {
          links: __props.member.links
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
      if (__props.member.sponsor) {
        _push(`<div class="sp" data-v-f3fa364a>`);
        _push(ssrRenderComponent(_sfc_main$13, {
          class: "sp-link",
          href: __props.member.sponsor,
          "no-icon": ""
        }, {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<span class="vpi-heart sp-icon" data-v-f3fa364a${_scopeId}></span> ${ssrInterpolate(__props.member.actionText || "Sponsor")}`);
            } else {
              return [
                createVNode("span", { class: "vpi-heart sp-icon" }),
                createTextVNode(" " + toDisplayString(__props.member.actionText || "Sponsor"), 1)
              ];
            }
          }),
          _: 1
        }, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</article>`);
    };
  }
});
const _sfc_setup$a = _sfc_main$a.setup;
_sfc_main$a.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPTeamMembersItem.vue");
  return _sfc_setup$a ? _sfc_setup$a(props, ctx) : void 0;
};
const VPTeamMembersItem = /* @__PURE__ */ _export_sfc(_sfc_main$a, [["__scopeId", "data-v-f3fa364a"]]);
const _sfc_main$9 = /* @__PURE__ */ defineComponent({
  __name: "VPTeamMembers",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    members: {}
  },
  setup(__props) {
    const props = __props;
    const classes = computed(() => [props.size, `count-${props.members.length}`]);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPTeamMembers", classes.value]
      }, _attrs))} data-v-6cb0dbc4><div class="container" data-v-6cb0dbc4><!--[-->`);
      ssrRenderList(__props.members, (member) => {
        _push(`<div class="item" data-v-6cb0dbc4>`);
        _push(ssrRenderComponent(VPTeamMembersItem, {
          size: __props.size,
          member
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$9 = _sfc_main$9.setup;
_sfc_main$9.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPTeamMembers.vue");
  return _sfc_setup$9 ? _sfc_setup$9(props, ctx) : void 0;
};
const _sfc_main$8 = {};
const _sfc_setup$8 = _sfc_main$8.setup;
_sfc_main$8.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPTeamPage.vue");
  return _sfc_setup$8 ? _sfc_setup$8(props, ctx) : void 0;
};
const _sfc_main$7 = {};
const _sfc_setup$7 = _sfc_main$7.setup;
_sfc_main$7.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPTeamPageSection.vue");
  return _sfc_setup$7 ? _sfc_setup$7(props, ctx) : void 0;
};
const _sfc_main$6 = {};
const _sfc_setup$6 = _sfc_main$6.setup;
_sfc_main$6.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/vitepress/dist/client/theme-default/components/VPTeamPageTitle.vue");
  return _sfc_setup$6 ? _sfc_setup$6(props, ctx) : void 0;
};
const theme = {
  Layout,
  enhanceApp: ({ app }) => {
    app.component("Badge", _sfc_main$1a);
  }
};
const about$2 = "Drawn by hand, not recorded: Node shows a program connections and bytes, never single TCP segments, so these steps cannot be captured from a run like the lessons' diagrams. The segments are shown one by one; a real system may combine an ACK with data or with its own FIN.";
const title$2 = {
  en: "The accept queue of listen(1) on Linux",
  zh: "Linux 上 listen(1) 的 accept 队列"
};
const participants$2 = {
  a: {
    en: "client A",
    zh: "客户端 A"
  },
  b: {
    en: "client B",
    zh: "客户端 B"
  },
  c: {
    en: "client C",
    zh: "客户端 C"
  },
  d: {
    en: "client D",
    zh: "客户端 D"
  },
  system: {
    en: "server's system",
    zh: "服务器的系统"
  },
  program: {
    en: "server program",
    zh: "服务器程序"
  }
};
const events$g = [
  {
    kind: "connect",
    from: "a",
    to: "system",
    label: {
      en: "handshake",
      zh: "握手"
    }
  },
  {
    kind: "note",
    from: "program",
    label: {
      en: "accept(): serves A",
      zh: "accept()：服务 A"
    }
  },
  {
    kind: "connect",
    from: "b",
    to: "system",
    label: {
      en: "handshake",
      zh: "握手"
    }
  },
  {
    kind: "note",
    from: "system",
    label: {
      en: "B queued (1 of 2)",
      zh: "B 排队（2 个中的第 1 个）"
    }
  },
  {
    kind: "connect",
    from: "c",
    to: "system",
    label: {
      en: "handshake",
      zh: "握手"
    }
  },
  {
    kind: "note",
    from: "system",
    label: {
      en: "C queued (2 of 2: full)",
      zh: "C 排队（2 个中的第 2 个：满了）"
    }
  },
  {
    kind: "connect",
    from: "d",
    to: "system",
    label: {
      en: "SYN",
      zh: "SYN"
    }
  },
  {
    kind: "note",
    from: "system",
    label: {
      en: "queue full: SYN dropped",
      zh: "队列已满：SYN 被丢弃"
    }
  },
  {
    kind: "connect",
    from: "d",
    to: "system",
    label: {
      en: "SYN again, 1 s later",
      zh: "1 秒后再发 SYN"
    }
  },
  {
    kind: "end",
    from: "a",
    to: "system",
    label: {
      en: "FIN",
      zh: "FIN"
    }
  },
  {
    kind: "note",
    from: "program",
    label: {
      en: "accept(): serves B",
      zh: "accept()：服务 B"
    }
  }
];
const __vite_glob_0_0$1 = {
  about: about$2,
  title: title$2,
  participants: participants$2,
  events: events$g
};
const about$1 = "Drawn by hand, not recorded: Node shows a program connections and bytes, never single TCP segments, so these steps cannot be captured from a run like the lessons' diagrams. The segments are shown one by one; a real system may combine an ACK with data or with its own FIN.";
const title$1 = {
  en: "The four-way close and TIME_WAIT",
  zh: "四次挥手与 TIME_WAIT"
};
const participants$1 = {
  client: {
    en: "client",
    zh: "客户端"
  },
  server: {
    en: "server",
    zh: "服务器"
  }
};
const events$f = [
  {
    kind: "note",
    from: "client",
    label: {
      en: "socket.end(): FIN_WAIT_1",
      zh: "socket.end()：FIN_WAIT_1"
    }
  },
  {
    kind: "end",
    from: "client",
    to: "server",
    label: {
      en: "FIN",
      zh: "FIN"
    }
  },
  {
    kind: "end",
    from: "server",
    to: "client",
    label: {
      en: "ACK",
      zh: "ACK"
    }
  },
  {
    kind: "note",
    from: "server",
    label: {
      en: "'end' event: CLOSE_WAIT",
      zh: "'end' 事件：CLOSE_WAIT"
    }
  },
  {
    kind: "data",
    from: "server",
    to: "client",
    label: {
      en: "last bytes (half-closed)",
      zh: "最后的字节（半关闭）"
    }
  },
  {
    kind: "note",
    from: "server",
    label: {
      en: "socket.end(): LAST_ACK",
      zh: "socket.end()：LAST_ACK"
    }
  },
  {
    kind: "end",
    from: "server",
    to: "client",
    label: {
      en: "FIN",
      zh: "FIN"
    }
  },
  {
    kind: "end",
    from: "client",
    to: "server",
    label: {
      en: "ACK",
      zh: "ACK"
    }
  },
  {
    kind: "note",
    from: "server",
    label: {
      en: "'close' event: CLOSED",
      zh: "'close' 事件：CLOSED"
    }
  },
  {
    kind: "note",
    from: "client",
    label: {
      en: "'close' event; TIME_WAIT 60 s",
      zh: "'close' 事件；TIME_WAIT 60 秒"
    }
  }
];
const __vite_glob_0_1$1 = {
  about: about$1,
  title: title$1,
  participants: participants$1,
  events: events$f
};
const about = "Drawn by hand, not recorded: Node shows a program connections and bytes, never single TCP segments, so these steps cannot be captured from a run like the lessons' diagrams. The segments are shown one by one; a real system may combine an ACK with data or with its own FIN.";
const title = {
  en: "The three-way handshake",
  zh: "三次握手"
};
const participants = {
  client: {
    en: "client",
    zh: "客户端"
  },
  server: {
    en: "server's system",
    zh: "服务器的系统"
  }
};
const events$e = [
  {
    kind: "note",
    from: "client",
    label: {
      en: "net.connect(): SYN_SENT",
      zh: "net.connect()：SYN_SENT"
    }
  },
  {
    kind: "connect",
    from: "client",
    to: "server",
    label: {
      en: "SYN seq=x",
      zh: "SYN seq=x"
    }
  },
  {
    kind: "connect",
    from: "server",
    to: "client",
    label: {
      en: "SYN-ACK seq=y ack=x+1",
      zh: "SYN-ACK seq=y ack=x+1"
    }
  },
  {
    kind: "connect",
    from: "client",
    to: "server",
    label: {
      en: "ACK ack=y+1",
      zh: "ACK ack=y+1"
    }
  },
  {
    kind: "note",
    from: "client",
    label: {
      en: "'connect' event: ESTABLISHED",
      zh: "'connect' 事件：ESTABLISHED"
    }
  },
  {
    kind: "note",
    from: "server",
    label: {
      en: "in the accept queue",
      zh: "进入 accept 队列"
    }
  },
  {
    kind: "note",
    from: "server",
    label: {
      en: "'connection' event (accept)",
      zh: "'connection' 事件（accept）"
    }
  }
];
const __vite_glob_0_2$1 = {
  about,
  title,
  participants,
  events: events$e
};
function isLearnerProgram(name) {
  return name.startsWith("your ");
}
function conceptEvents(data, language) {
  const name = (key) => {
    const participant = data.participants[key];
    if (!participant) throw new Error(`a concept diagram names "${key}", which is not among its participants`);
    return participant[language];
  };
  return data.events.map((event) => ({
    kind: event.kind,
    from: name(event.from),
    ...event.to === void 0 ? {} : { to: name(event.to) },
    detail: event.label.en,
    label: event.label[language]
  }));
}
const words$1 = {
  en: {
    connect: "connect (three-way handshake)",
    starts: "starts",
    prints: "prints",
    stderr: "stderr",
    receives: (signal) => `receives ${signal}`,
    exits: (code) => `exits with code ${code}`,
    killed: (signal) => `killed by ${signal}`,
    endOfInput: "Ctrl-D (end of input)",
    running: "still running",
    names: []
  },
  zh: {
    connect: "连接（三次握手）",
    starts: "启动",
    prints: "打印",
    stderr: "stderr",
    receives: (signal) => `收到 ${signal}`,
    exits: (code) => `退出，退出码 ${code}`,
    killed: (signal) => `被 ${signal} 终止`,
    endOfInput: "Ctrl-D（输入结束）",
    running: "仍在运行",
    names: [
      [/\byour /g, "你的"],
      [/\breference /g, "参考"],
      [/\bserver\b/g, "服务器"],
      [/\bclient\b/g, "客户端"],
      [/\bkeyboard\b/g, "键盘"]
    ]
  }
};
const font = { ascii: 7.3, wide: 12.5 };
const margin = 16;
const minGap = 150;
const labelPadding = 28;
const maxLabelChars = 44;
const rowHeight = { arrow: 38, note: 30 };
const headerY = 8;
const headerHeight = 30;
const firstRowY = headerY + headerHeight + 14;
function textWidth(text) {
  let width = 0;
  for (const char of text) width += new RegExp("[\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6]|\\p{Extended_Pictographic}", "u").test(char) ? font.wide : font.ascii;
  return Math.ceil(width);
}
function elide(text) {
  const chars = [...text];
  if (chars.length <= maxLabelChars) return text;
  const keep = Math.floor((maxLabelChars - 1) / 2);
  return [...chars.slice(0, keep), "…", ...chars.slice(chars.length - keep)].join("");
}
function participantLabel(name, language) {
  return words$1[language].names.reduce((label, [pattern, replacement]) => label.replace(pattern, replacement), name);
}
function participantOrder(name) {
  if (name === "keyboard") return 0;
  if (/client/.test(name)) return 1;
  if (/server/.test(name)) return 2;
  return 3;
}
function isArrow(event) {
  return event.to !== void 0 && event.kind !== "signal";
}
function describe(event, language) {
  if (event.label !== void 0) return event.label;
  const w = words$1[language];
  switch (event.kind) {
    case "connect":
      return w.connect;
    case "end":
      return "FIN";
    case "reset":
      return "RST";
    case "start":
      return w.starts;
    case "stdout":
      return `${w.prints} ${event.detail}`;
    case "stderr":
      return `${w.stderr} ${event.detail}`;
    case "signal":
      return w.receives(event.detail);
    case "stdin":
      return event.detail === "end of input (Ctrl-D)" ? w.endOfInput : event.detail;
    case "exit": {
      const code = /exited with code (\S+)/.exec(event.detail);
      const signal = /killed by (\S+)/.exec(event.detail);
      if (code) return w.exits(code[1]);
      if (signal) return w.killed(signal[1]);
      return event.detail;
    }
    default:
      return event.detail;
  }
}
function noteOwner(event) {
  return event.kind === "signal" && event.to !== void 0 ? event.to : event.from;
}
function layoutDiagram(events2, language) {
  const names = [];
  for (const event of events2) {
    for (const name of isArrow(event) ? [event.from, event.to] : [noteOwner(event)]) {
      if (!names.includes(name)) names.push(name);
    }
  }
  names.sort((a, b) => participantOrder(a) - participantOrder(b));
  const column = new Map(names.map((name, index) => [name, index]));
  const labels2 = names.map((name) => participantLabel(name, language));
  const halfWidth = labels2.map((label) => (textWidth(label) + 20) / 2);
  const shown = events2.map((event) => elide(describe(event, language)));
  events2.forEach((event, index) => {
    if (isArrow(event)) return;
    const at = column.get(noteOwner(event));
    halfWidth[at] = Math.max(halfWidth[at], (textWidth(shown[index]) + 16) / 2);
  });
  const gaps = names.slice(1).map((_, index) => Math.max(minGap, halfWidth[index] + halfWidth[index + 1] + 12));
  events2.forEach((event, index) => {
    if (!isArrow(event)) return;
    const [from, to] = [column.get(event.from), column.get(event.to)];
    const [left, right] = [Math.min(from, to), Math.max(from, to)];
    const need = textWidth(shown[index]) + labelPadding;
    const have = gaps.slice(left, right).reduce((sum, gap) => sum + gap, 0);
    if (have < need) for (let gap = left; gap < right; gap++) gaps[gap] += (need - have) / (right - left);
  });
  const xs = [margin + halfWidth[0]];
  gaps.forEach((gap, index) => xs.push(xs[index] + gap));
  const items = [];
  const exits = /* @__PURE__ */ new Map();
  let y = firstRowY;
  events2.forEach((event, index) => {
    const label = shown[index];
    const title2 = `${event.from}${event.to ? ` → ${event.to}` : ""}: ${event.detail}`;
    if (isArrow(event)) {
      items.push({ type: "arrow", kind: event.kind, y, x1: xs[column.get(event.from)], x2: xs[column.get(event.to)], label, title: title2 });
      y += rowHeight.arrow;
    } else {
      const owner = noteOwner(event);
      items.push({ type: "note", kind: event.kind, y, x: xs[column.get(owner)], width: textWidth(label) + 16, label, title: title2 });
      if (event.kind === "exit") exits.set(owner, y + rowHeight.note / 2);
      y += rowHeight.note;
    }
  });
  const running = names.filter((name) => isLearnerProgram(name) && !exits.has(name));
  if (running.length) {
    for (const name of running) {
      const x = xs[column.get(name)];
      const label = words$1[language].running;
      items.push({ type: "note", kind: "note", y, x, width: textWidth(label) + 16, label, title: name, running: true });
    }
    y += rowHeight.note;
  }
  const height = y + 8;
  const participants2 = names.map((name, index) => ({
    name,
    label: labels2[index],
    x: xs[index],
    headerWidth: textWidth(labels2[index]) + 20,
    lifelineEnd: exits.get(name) ?? height - 4,
    learner: isLearnerProgram(name),
    running: running.includes(name)
  }));
  return { width: Math.ceil(xs.at(-1) + halfWidth.at(-1) + margin), height, headerY, headerHeight, participants: participants2, items };
}
const lesson$q = {
  number: 1,
  slug: "single-echo",
  chapter: 1,
  title: { en: "The single echo", zh: "单次回声" },
  roles: ["server", "client"],
  diagram: "server-closes-and-exits",
  checks: [
    {
      slug: "server-ready",
      role: "server",
      title: {
        en: "prints its ready line with the real port when PORT=0",
        zh: "在 PORT=0 时打印带有真实端口的就绪行"
      },
      points: 1,
      hint: {
        en: 'Print `listening on <host>:<port>` from the listen callback, reading the port from server.address(): with PORT=0 the system picks it (lesson 1, "Bind and listen").',
        zh: "在 listen 的回调里打印 `listening on <host>:<port>`，端口取自 server.address()：PORT=0 时由系统挑选端口（第 1 课“绑定与监听”）。"
      }
    },
    {
      slug: "server-logs-client",
      role: "server",
      title: {
        en: "logs the client's address when it connects",
        zh: "客户端连上时打印它的地址"
      },
      points: 1,
      hint: {
        en: 'In the connection handler, print `connected from <ip>:<port>` using socket.remoteAddress and socket.remotePort (lesson 1, "Accept one connection").',
        zh: "在连接处理函数里用 socket.remoteAddress 和 socket.remotePort 打印 `connected from <ip>:<port>`（第 1 课“接受一个连接”）。"
      }
    },
    {
      slug: "server-echo",
      role: "server",
      title: {
        en: "sends back the exact bytes of the first message, Chinese text included",
        zh: "原样送回第一条消息的字节，包括中文"
      },
      points: 2,
      hint: {
        en: `Write the Buffer you got in the 'data' event straight back with socket.write(): no decoding, no added newline (lesson 1, "Receive and send").`,
        zh: "把 'data' 事件拿到的 Buffer 直接用 socket.write() 写回：不要解码，也不要加换行（第 1 课“接收与发送”）。"
      }
    },
    {
      slug: "server-closes-and-exits",
      role: "server",
      title: {
        en: "closes the connection and exits 0 after one echo",
        zh: "回声一次后关闭连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'After the echo, end the socket with socket.end() and close the listener with server.close(); with nothing left open, Node exits by itself (lesson 1, "Close").',
        zh: "回声之后用 socket.end() 结束连接，用 server.close() 关闭监听；没有打开的句柄时 Node 会自己退出（第 1 课“关闭”）。"
      }
    },
    {
      slug: "server-stops-on-sigterm",
      role: "server",
      title: {
        en: "stops with exit code 0 on SIGTERM while it waits for a client",
        zh: "等待客户端时收到 SIGTERM 以退出码 0 停止"
      },
      points: 1,
      hint: {
        en: `Handle process.on('SIGTERM') and process.on('SIGINT'): close the listener and exit 0. Without a handler Node dies of the signal (lesson 1, "Stopping a server").`,
        zh: "处理 process.on('SIGTERM') 和 process.on('SIGINT')：关闭监听并以 0 退出。没有处理函数时 Node 会被信号杀死（第 1 课“停止服务器”）。"
      }
    },
    {
      slug: "client-default-message",
      role: "client",
      title: {
        en: "sends 你好 when run with no argument and prints the reply",
        zh: "不带参数运行时发送“你好”并打印回复"
      },
      points: 2,
      hint: {
        en: `Take the message from process.argv[2] ?? '你好', send it with socket.write() once connected, and print the first 'data' chunk as text (lesson 1, "The client").`,
        zh: "消息取 process.argv[2] ?? '你好'，连上后用 socket.write() 发送，再把第一个 'data' 块当作文本打印（第 1 课“客户端”）。"
      }
    },
    {
      slug: "client-sends-argument",
      role: "client",
      title: {
        en: "sends its first argument as UTF-8 with no terminator",
        zh: "以 UTF-8 发送第一个参数，不加结束符"
      },
      points: 1,
      hint: {
        en: 'Send exactly the bytes of the argument: no newline after it. The server echoes whatever it gets in its first read (lesson 1, "The client").',
        zh: "只发送参数本身的字节，后面不加换行。服务器会回显它第一次读到的内容（第 1 课“客户端”）。"
      }
    },
    {
      slug: "client-closes-and-exits",
      role: "client",
      title: {
        en: "closes the connection and exits 0 after printing the reply",
        zh: "打印回复后关闭连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: `After printing the reply call socket.end(); the process exits once the socket has closed. Don't wait for more data (lesson 1, "Close").`,
        zh: "打印回复后调用 socket.end()；套接字关闭后进程就会退出。不要再等更多数据（第 1 课“关闭”）。"
      }
    },
    {
      slug: "client-refused",
      role: "client",
      title: {
        en: "names the address and exits 1 when no server is listening",
        zh: "没有服务器监听时说出地址并以 1 退出"
      },
      points: 1,
      hint: {
        en: "Listen for the socket's 'error' event: print one line such as `cannot connect to 127.0.0.1:9001: connection refused` to stderr and set process.exitCode = 1. An unhandled 'error' prints a stack trace (lesson 1, \"When nobody answers\").",
        zh: "监听套接字的 'error' 事件：向 stderr 打印一行，例如 `cannot connect to 127.0.0.1:9001: connection refused`，并设 process.exitCode = 1。未处理的 'error' 会打印调用栈（第 1 课“没人应答时”）。"
      }
    }
  ]
};
const lesson$p = {
  number: 2,
  slug: "communication-loop",
  chapter: 2,
  title: { en: "The communication loop", zh: "通信循环" },
  roles: ["server", "client"],
  diagram: "server-exits-when-client-ends",
  checks: [
    {
      slug: "server-echoes-every-message",
      role: "server",
      title: {
        en: "echoes every message, in order, on one connection",
        zh: "在同一个连接上按顺序回显每条消息"
      },
      points: 2,
      hint: {
        en: `Keep the 'data' handler for the whole connection and write every chunk back; don't close after the first one (lesson 2, "The loop is the event").`,
        zh: "在整个连接期间保留 'data' 处理函数，把每个块写回；不要在第一块之后关闭（第 2 课“循环就是事件”）。"
      }
    },
    {
      slug: "server-exits-when-client-ends",
      role: "server",
      title: {
        en: "closes its side and exits 0 when the client ends the connection",
        zh: "客户端结束连接时关闭自己这一端并以 0 退出"
      },
      points: 1,
      hint: {
        en: `The 'end' event is Python's empty recv(): the client sent FIN. End your side and close the listener (lesson 2, "An empty read means goodbye").`,
        zh: "'end' 事件就是 Python 里 recv() 返回空：客户端发来了 FIN。结束你这一端并关闭监听（第 2 课“读到空表示再见”）。"
      }
    },
    {
      slug: "server-survives-reset",
      role: "server",
      title: {
        en: "exits 0 without a stack trace when the client resets the connection",
        zh: "客户端重置连接时不打印调用栈、以 0 退出"
      },
      points: 2,
      hint: {
        en: `A reset arrives as an 'error' event (ECONNRESET) on the socket. Handle it: without a listener Node throws and the server dies (lesson 2, "When the client vanishes").`,
        zh: "重置以套接字上的 'error' 事件（ECONNRESET）到达。要处理它：没有监听函数时 Node 会抛出异常，服务器就死了（第 2 课“客户端突然消失”）。"
      }
    },
    {
      slug: "server-stops-on-sigterm",
      role: "server",
      title: {
        en: "stops with exit code 0 on SIGTERM while a client is connected",
        zh: "有客户端连着时收到 SIGTERM 以退出码 0 停止"
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT close the listener and destroy the open connection too: server.close() alone waits for connections to end (lesson 2, "Stopping a server").',
        zh: "收到 SIGTERM/SIGINT 时关闭监听，也要销毁打开的连接：只调用 server.close() 会一直等连接结束（第 2 课“停止服务器”）。"
      }
    },
    {
      slug: "client-sends-each-line",
      role: "client",
      title: {
        en: "sends each input line without its line end and prints each reply",
        zh: "发送每一行输入（不带行尾）并打印每条回复"
      },
      points: 2,
      hint: {
        en: `Read stdin with node:readline, trim each line (that drops a CRLF's \\r too), write it, and wait for the reply before reading the next line (lesson 2, "One line, one reply").`,
        zh: "用 node:readline 读 stdin，去掉每行首尾空白（CRLF 的 \\r 也一起去掉），发送后等到回复再读下一行（第 2 课“一行一回复”）。"
      }
    },
    {
      slug: "client-skips-empty-lines",
      role: "client",
      title: {
        en: "skips empty lines instead of sending nothing and waiting forever",
        zh: "跳过空行，而不是发送零字节然后永远等待"
      },
      points: 1,
      hint: {
        en: 'Writing zero bytes sends nothing, so no reply will ever come. Skip a line whose trimmed text is empty (lesson 2, "The empty message trap").',
        zh: "写入零字节什么也不会发出，所以永远等不到回复。跳过去掉空白后为空的行（第 2 课“空消息陷阱”）。"
      }
    },
    {
      slug: "client-quits-on-command",
      role: "client",
      title: {
        en: "ends the session and exits 0 on an `exit` or `quit` line",
        zh: "读到 `exit` 或 `quit` 行时结束会话并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'Compare the trimmed line with `exit` and `quit` before sending; on a match, end the socket, stop reading stdin (rl.close()) and let the process exit (lesson 2, "Leaving the loop").',
        zh: "发送前把去掉空白的行和 `exit`、`quit` 比较；匹配时结束套接字、停止读 stdin（rl.close()），让进程退出（第 2 课“离开循环”）。"
      }
    },
    {
      slug: "client-ends-at-eof",
      role: "client",
      title: {
        en: "ends the connection and exits 0 at the end of its input",
        zh: "输入结束时结束连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: `When stdin ends (the for await loop finishes, or readline emits 'close'), call socket.end() and exit 0 once the server has closed too (lesson 2, "Leaving the loop").`,
        zh: "stdin 结束时（for await 循环结束，或 readline 发出 'close'），调用 socket.end()，等服务器也关闭后以 0 退出（第 2 课“离开循环”）。"
      }
    },
    {
      slug: "client-server-closed-first",
      role: "client",
      title: {
        en: "says so in one line and exits 1 when the server closes first",
        zh: "服务器先关闭时用一行说明并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Listen for 'end' on the socket: if it comes before you decided to leave, print one line to stderr, stop reading stdin, and exit with code 1 (lesson 2, "When the server leaves first").`,
        zh: "监听套接字的 'end'：如果它在你决定离开之前到来，就向 stderr 打印一行，停止读 stdin，并以 1 退出（第 2 课“服务器先离开时”）。"
      }
    },
    {
      slug: "client-refused",
      role: "client",
      title: {
        en: "names the address and exits 1 when no server is listening",
        zh: "没有服务器监听时说出地址并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Handle the socket's 'error' event before the connection is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, "When nobody answers").`,
        zh: "在连接建立之前就处理套接字的 'error' 事件：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。"
      }
    }
  ]
};
const lesson$o = {
  number: 3,
  slug: "connection-loop",
  chapter: 3,
  title: { en: "The connection loop", zh: "连接循环" },
  roles: ["server"],
  diagram: "waiting-client-answered-later",
  checks: [
    {
      slug: "echoes-like-lesson-2",
      role: "server",
      title: {
        en: "echoes every message on a connection, as in lesson 2",
        zh: "像第 2 课一样回显一个连接上的每条消息"
      },
      points: 1,
      hint: {
        en: 'Start from your lesson 2 server: the echo loop on one connection does not change (lesson 3, "From one client to many").',
        zh: "从你第 2 课的服务器开始：单个连接上的回声循环不变（第 3 课“从一个客户端到多个”）。"
      }
    },
    {
      slug: "serves-next-client",
      role: "server",
      title: {
        en: "serves the next client after the first one leaves",
        zh: "第一个客户端离开后为下一个客户端服务"
      },
      points: 2,
      hint: {
        en: `Don't close the listener when a client leaves: go back to waiting for the next connection (lesson 3, "From one client to many").`,
        zh: "客户端离开时不要关闭监听：回去等待下一个连接（第 3 课“从一个客户端到多个”）。"
      }
    },
    {
      slug: "waiting-client-not-answered",
      role: "server",
      title: {
        en: "does not answer a waiting client while it serves another",
        zh: "为一个客户端服务时不回应正在等待的客户端"
      },
      points: 2,
      hint: {
        en: 'Serve one client at a time: keep new connections paused in a queue (pauseOnConnect) until the current one leaves (lesson 3, "One at a time: the waiting room").',
        zh: "一次只服务一个客户端：把新连接暂停并放进队列（pauseOnConnect），直到当前客户端离开（第 3 课“一次一个：等候室”）。"
      }
    },
    {
      slug: "waiting-client-answered-later",
      role: "server",
      title: {
        en: "answers a waiting client's early messages once its turn comes",
        zh: "轮到等待的客户端时，回应它早先发来的消息"
      },
      points: 2,
      hint: {
        en: `A paused socket keeps what arrives in its buffer: when you resume() it, the early bytes come out as 'data'. Don't drop them (lesson 3, "One at a time: the waiting room").`,
        zh: "暂停的套接字会把到达的数据留在缓冲区：resume() 之后早先的字节会作为 'data' 出来。不要丢掉它们（第 3 课“一次一个：等候室”）。"
      }
    },
    {
      slug: "serves-five-waiting-clients",
      role: "server",
      title: {
        en: "keeps five waiting clients and serves each in turn",
        zh: "保留五个等待的客户端并依次为它们服务"
      },
      points: 1,
      hint: {
        en: 'Listen with a backlog of 5 and queue every waiting connection in arrival order; serve the next one each time a client leaves (lesson 3, "The backlog").',
        zh: "以 backlog 5 监听，把等待的连接按到达顺序排队；每有一个客户端离开就服务下一个（第 3 课“backlog”）。"
      }
    },
    {
      slug: "survives-reset",
      role: "server",
      title: {
        en: "goes on serving the next client after one resets the connection",
        zh: "一个客户端重置连接后继续为下一个客户端服务"
      },
      points: 2,
      hint: {
        en: `Handle 'error' on every socket (a reset is ECONNRESET) and treat it like the client leaving: serve the next one (lesson 3, "A reset is not the end of the world").`,
        zh: "在每个套接字上处理 'error'（重置就是 ECONNRESET），把它当作客户端离开：接着服务下一个（第 3 课“重置不是世界末日”）。"
      }
    },
    {
      slug: "stops-on-sigterm",
      role: "server",
      title: {
        en: "closes every connection and exits 0 on SIGTERM",
        zh: "收到 SIGTERM 时关闭所有连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT close the listener and destroy the current and every waiting connection, then exit 0 (lesson 3, "Stopping a server that never ends").',
        zh: "收到 SIGTERM/SIGINT 时关闭监听，销毁当前连接和所有等待中的连接，然后以 0 退出（第 3 课“停止一个永不结束的服务器”）。"
      }
    }
  ]
};
const lesson$n = {
  number: 4,
  slug: "duplex-chat",
  chapter: 4,
  title: { en: "The duplex chat", zh: "双向聊天" },
  roles: ["server", "client"],
  diagram: "server-sends-typed-lines",
  checks: [
    {
      slug: "server-logs-client",
      role: "server",
      title: {
        en: "logs the other side's address when it connects",
        zh: "对方连上时打印它的地址"
      },
      points: 1,
      hint: {
        en: 'Accept one connection, close the listener (a chat for two), and print `connected from <ip>:<port>` from socket.remoteAddress and socket.remotePort (lesson 4, "Two people, one connection").',
        zh: "接受一个连接，关闭监听（两个人的聊天），并用 socket.remoteAddress 和 socket.remotePort 打印 `connected from <ip>:<port>`（第 4 课“两个人，一个连接”）。"
      }
    },
    {
      slug: "server-prints-incoming",
      role: "server",
      title: {
        en: "prints each line the other side sends as it arrives, while nothing is typed",
        zh: "对方发来的每一行一到就打印，即使这边什么也没输入"
      },
      points: 2,
      hint: {
        en: `Write every 'data' chunk to stdout the moment it arrives, whatever the keyboard is doing. Don't stop reading the socket until the user has answered (lesson 4, "Two event sources, no threads").`,
        zh: "每个 'data' 块一到就写到 stdout，不管键盘那边在做什么。不要等用户回复之后才继续读套接字（第 4 课“两个事件源，不用线程”）。"
      }
    },
    {
      slug: "server-sends-typed-lines",
      role: "server",
      title: {
        en: "sends each typed line at once, several in a row, without waiting for an answer",
        zh: "输入的每一行立刻发出，可以连发几行，不必等待回复"
      },
      points: 2,
      hint: {
        en: "Send `<line>\\n` from the readline 'line' handler, every time. A chat that waits for the other side before it sends again is the turn-by-turn chat, and it stalls (lesson 4, \"Why turn-by-turn chat stalls\").",
        zh: "在 readline 的 'line' 处理函数里每次都发送 `<行>\\n`。等对方回话才能再发的聊天就是一问一答式聊天，它会卡住（第 4 课“一问一答的聊天为什么会卡住”）。"
      }
    },
    {
      slug: "server-quits-on-command",
      role: "server",
      title: {
        en: "ends the chat and exits 0 when `quit` is typed",
        zh: "输入 `quit` 时结束聊天并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'On a `quit` line, stop reading the keyboard (rl.close()), end the socket (FIN) and let the process exit once the other side has closed too (lesson 4, "Saying goodbye").',
        zh: "读到 `quit` 行时停止读键盘（rl.close()），结束套接字（FIN），等对方也关闭后让进程退出（第 4 课“道别”）。"
      }
    },
    {
      slug: "server-ends-at-eof",
      role: "server",
      title: {
        en: "ends the chat and exits 0 at the end of its input",
        zh: "输入结束时结束聊天并以 0 退出"
      },
      points: 1,
      hint: {
        en: "When stdin ends (readline emits 'close'), do what `quit` does: end the socket and exit 0 once the other side has closed (lesson 4, \"Saying goodbye\").",
        zh: "stdin 结束时（readline 发出 'close'），做和 `quit` 一样的事：结束套接字，等对方关闭后以 0 退出（第 4 课“道别”）。"
      }
    },
    {
      slug: "server-peer-left",
      role: "server",
      title: {
        en: "says `peer left` and exits 0 when the other side closes the connection",
        zh: "对方关闭连接时输出 `peer left` 并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'When the socket closes and you did not decide to leave, print `peer left` to stderr and stop reading the keyboard: an open stdin keeps Node running for ever (lesson 4, "When the peer leaves").',
        zh: "套接字关闭而不是你决定离开时，向 stderr 打印 `peer left` 并停止读键盘：打开着的 stdin 会让 Node 一直运行（第 4 课“对方离开时”）。"
      }
    },
    {
      slug: "server-peer-reset",
      role: "server",
      title: {
        en: "says `peer left` once and exits 0 when the other side resets the connection",
        zh: "对方重置连接时只输出一次 `peer left` 并以 0 退出"
      },
      points: 2,
      hint: {
        en: "A reset comes as an 'error' event, then 'close'. Handle 'error' (or the program crashes) and say `peer left` in one place only, on 'close' (lesson 4, \"When the peer leaves\").",
        zh: "重置先以 'error' 事件到达，然后是 'close'。要处理 'error'（否则程序会崩溃），并且只在一个地方、在 'close' 时输出 `peer left`（第 4 课“对方离开时”）。"
      }
    },
    {
      slug: "server-stops-on-sigterm",
      role: "server",
      title: {
        en: "stops with exit code 0 on SIGTERM during a chat",
        zh: "聊天中收到 SIGTERM 时以退出码 0 停止"
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT close the listener, destroy the connection and exit 0 (lesson 2, "Stopping a server").',
        zh: "收到 SIGTERM/SIGINT 时关闭监听、销毁连接并以 0 退出（第 2 课“停止服务器”）。"
      }
    },
    {
      slug: "client-prints-incoming",
      role: "client",
      title: {
        en: "prints each line the other side sends as it arrives, while nothing is typed",
        zh: "对方发来的每一行一到就打印，即使这边什么也没输入"
      },
      points: 2,
      hint: {
        en: `Write every 'data' chunk to stdout the moment it arrives, whatever the keyboard is doing (lesson 4, "Two event sources, no threads").`,
        zh: "每个 'data' 块一到就写到 stdout，不管键盘那边在做什么（第 4 课“两个事件源，不用线程”）。"
      }
    },
    {
      slug: "client-sends-typed-lines",
      role: "client",
      title: {
        en: "sends each typed line at once, several in a row, without waiting for an answer",
        zh: "输入的每一行立刻发出，可以连发几行，不必等待回复"
      },
      points: 2,
      hint: {
        en: "Send `<line>\\n` from the readline 'line' handler, every time, and never wait for a reply before the next one (lesson 4, \"Why turn-by-turn chat stalls\").",
        zh: "在 readline 的 'line' 处理函数里每次都发送 `<行>\\n`，发下一行前绝不等待回复（第 4 课“一问一答的聊天为什么会卡住”）。"
      }
    },
    {
      slug: "client-quits-on-command",
      role: "client",
      title: {
        en: "ends the chat and exits 0 when `quit` is typed",
        zh: "输入 `quit` 时结束聊天并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'On a `quit` line, stop reading the keyboard, end the socket (FIN) and exit once the server has closed too, or after 2 s (lesson 4, "Saying goodbye").',
        zh: "读到 `quit` 行时停止读键盘，结束套接字（FIN），等服务器也关闭后退出，最多等 2 秒（第 4 课“道别”）。"
      }
    },
    {
      slug: "client-ends-at-eof",
      role: "client",
      title: {
        en: "ends the chat and exits 0 at the end of its input",
        zh: "输入结束时结束聊天并以 0 退出"
      },
      points: 1,
      hint: {
        en: "When stdin ends (readline emits 'close'), end the socket as `quit` does and exit 0 (lesson 4, \"Saying goodbye\").",
        zh: "stdin 结束时（readline 发出 'close'），像 `quit` 一样结束套接字并以 0 退出（第 4 课“道别”）。"
      }
    },
    {
      slug: "client-peer-left",
      role: "client",
      title: {
        en: "says `peer left` and exits 0 when the server closes the connection",
        zh: "服务器关闭连接时输出 `peer left` 并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'When the socket closes and you did not decide to leave, print `peer left` to stderr and stop reading the keyboard so that the process can exit (lesson 4, "When the peer leaves").',
        zh: "套接字关闭而不是你决定离开时，向 stderr 打印 `peer left` 并停止读键盘，进程才能退出（第 4 课“对方离开时”）。"
      }
    },
    {
      slug: "client-peer-reset",
      role: "client",
      title: {
        en: "says `peer left` once and exits 0 when the server resets the connection",
        zh: "服务器重置连接时只输出一次 `peer left` 并以 0 退出"
      },
      points: 1,
      hint: {
        en: "Handle the socket's 'error' event (a reset is ECONNRESET) and say `peer left` once, on 'close' (lesson 4, \"When the peer leaves\").",
        zh: "处理套接字的 'error' 事件（重置就是 ECONNRESET），并在 'close' 时只输出一次 `peer left`（第 4 课“对方离开时”）。"
      }
    },
    {
      slug: "client-refused",
      role: "client",
      title: {
        en: "names the address and exits 1 when no server is listening",
        zh: "没有服务器监听时说出地址并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Handle the socket's 'error' event before the connection is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, "When nobody answers").`,
        zh: "在连接建立之前就处理套接字的 'error' 事件：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。"
      }
    }
  ]
};
const lesson$m = {
  number: 5,
  slug: "group-chat",
  chapter: 4,
  title: { en: "The chat room", zh: "聊天室" },
  roles: ["server", "client"],
  diagram: "broadcasts-to-everyone",
  checks: [
    {
      slug: "logs-every-client",
      role: "server",
      title: {
        en: "logs the address of every client that connects",
        zh: "每个客户端连上时都打印它的地址"
      },
      points: 1,
      hint: {
        en: 'Keep listening after the first client: for each connection add the socket to the room and print `connected from <ip>:<port>` (lesson 5, "The room").',
        zh: "第一个客户端之后继续监听：每来一个连接，就把套接字加入聊天室，并打印 `connected from <ip>:<port>`（第 5 课“聊天室”）。"
      }
    },
    {
      slug: "broadcast-format",
      role: "server",
      title: {
        en: "sends a message back to its sender with the local time and the sender's address",
        zh: "把消息连同本地时间和发送者地址发回给发送者"
      },
      points: 2,
      hint: {
        en: 'Broadcast `YYYY/MM/DD HH:MM:SS <ip>:<port>\\n<text>\\n`: local time with two-digit fields (getHours(), not getUTCHours()), the sender\'s socket.remoteAddress and remotePort, and the message trimmed (lesson 5, "Broadcasting").',
        zh: "广播 `YYYY/MM/DD HH:MM:SS <ip>:<port>\\n<文本>\\n`：本地时间，各字段两位（用 getHours()，不是 getUTCHours()），发送者的 socket.remoteAddress 和 remotePort，消息去掉首尾空白（第 5 课“广播”）。"
      }
    },
    {
      slug: "broadcasts-to-everyone",
      role: "server",
      title: {
        en: "sends every message to every client, the sender included, exactly once",
        zh: "把每条消息发给每个客户端，包括发送者，每人恰好一次"
      },
      points: 2,
      hint: {
        en: 'Loop once over the whole room and write the message to each member: no skipping the sender, no extra write for it (lesson 5, "Broadcasting").',
        zh: "对整个聊天室循环一次，给每个成员写一次：不要跳过发送者，也不要再单独给它写一次（第 5 课“广播”）。"
      }
    },
    {
      slug: "same-order-for-everyone",
      role: "server",
      title: {
        en: "delivers messages sent at the same moment in the same order to everyone",
        zh: "同时发出的消息，每个人收到的顺序都相同"
      },
      points: 1,
      hint: {
        en: 'Write each message to every member at once, in the same loop, before handling the next one. Delaying some deliveries (a timer, a queue) lets a later message overtake (lesson 5, "Same order for everyone").',
        zh: "在同一个循环里立刻把每条消息写给所有成员，然后再处理下一条。推迟一部分投递（定时器、队列）会让后来的消息抢先（第 5 课“所有人看到同样的顺序”）。"
      }
    },
    {
      slug: "ignores-empty-messages",
      role: "server",
      title: {
        en: "ignores a message that is empty or only spaces",
        zh: "忽略空的或只有空白的消息"
      },
      points: 1,
      hint: {
        en: 'Trim the text first; if nothing is left, broadcast nothing (lesson 5, "One chunk, one message (for now)").',
        zh: "先去掉首尾空白；什么都不剩就不要广播（第 5 课“一个数据块就是一条消息（暂时）”）。"
      }
    },
    {
      slug: "quit-removes-client",
      role: "server",
      title: {
        en: "closes the connection of a client that sends `quit`, and the room goes on",
        zh: "关闭发送 `quit` 的客户端的连接，聊天室照常继续"
      },
      points: 2,
      hint: {
        en: "On `quit`, delete the socket from the room first, then end it; don't broadcast the `quit`. A member left in the room gets written to after its end, and that 'error' crashes a server that does not listen for it (lesson 5, \"Leaving the room\").",
        zh: "收到 `quit` 时先把套接字从聊天室删掉，再结束它；不要广播 `quit`。留在聊天室里的成员会在结束后还被写入，没有监听 'error' 的服务器会因此崩溃（第 5 课“离开聊天室”）。"
      }
    },
    {
      slug: "survives-clients-leaving",
      role: "server",
      title: {
        en: "goes on serving the room when clients leave or reset the connection",
        zh: "有客户端离开或重置连接时继续为聊天室服务"
      },
      points: 2,
      hint: {
        en: `Listen for 'error' on every socket (a reset is ECONNRESET) and remove the member on 'close', which follows a FIN and a reset alike (lesson 5, "Leaving the room").`,
        zh: "在每个套接字上监听 'error'（重置就是 ECONNRESET），并在 'close' 时移除成员：FIN 和重置之后都会有 'close'（第 5 课“离开聊天室”）。"
      }
    },
    {
      slug: "slow-reader-does-not-stall",
      role: "server",
      title: {
        en: "keeps the room going while one client never reads",
        zh: "有一个客户端从不读取时，聊天室照常运转"
      },
      points: 1,
      hint: {
        en: `Don't wait for one member ('drain', a write callback) before writing to the next or handling the next message: one client that never reads would stall everyone (lesson 5, "A client that never reads").`,
        zh: "不要等某一个成员（'drain'、写回调）之后才写给下一个成员或处理下一条消息：一个从不读取的客户端会让所有人都卡住（第 5 课“从不读取的客户端”）。"
      }
    },
    {
      slug: "stops-on-quit-command",
      role: "server",
      title: {
        en: "closes every connection and exits 0 when `quit` is typed on its stdin",
        zh: "在它的 stdin 上输入 `quit` 时关闭所有连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'Read the server\'s own stdin with readline; on a `quit` line close the listener, destroy every member and exit 0 (lesson 5, "Closing the room").',
        zh: "用 readline 读服务器自己的 stdin；读到 `quit` 行时关闭监听、销毁每个成员并以 0 退出（第 5 课“关闭聊天室”）。"
      }
    },
    {
      slug: "keeps-running-at-eof",
      role: "server",
      title: {
        en: "keeps serving after its stdin ends",
        zh: "它的 stdin 结束后继续服务"
      },
      points: 1,
      hint: {
        en: 'End of input on the server\'s stdin is not `quit`: a server started with no terminal sees it at once. Stop reading stdin, nothing more (lesson 5, "Closing the room").',
        zh: "服务器 stdin 的输入结束并不是 `quit`：没有终端启动的服务器一开始就会遇到它。只需停止读 stdin，别的什么都不做（第 5 课“关闭聊天室”）。"
      }
    },
    {
      slug: "stops-on-sigterm",
      role: "server",
      title: {
        en: "closes every connection and exits 0 on SIGTERM",
        zh: "收到 SIGTERM 时关闭所有连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT do what `quit` does: close the listener, destroy every member, exit 0 (lesson 5, "Closing the room").',
        zh: "收到 SIGTERM/SIGINT 时做和 `quit` 一样的事：关闭监听、销毁每个成员、以 0 退出（第 5 课“关闭聊天室”）。"
      }
    },
    {
      slug: "client-says-ready",
      role: "client",
      title: {
        en: "sends `I'm ready.` as soon as it connects",
        zh: "一连上就发送 `I'm ready.`"
      },
      points: 1,
      hint: {
        en: 'Once connected, write `I\'m ready.\\n` before anything is typed (lesson 5, "The chat client").',
        zh: "连上之后、输入任何东西之前，先写 `I'm ready.\\n`（第 5 课“聊天客户端”）。"
      }
    },
    {
      slug: "client-prints-messages",
      role: "client",
      title: {
        en: "prints what the room sends as it arrives, while nothing is typed",
        zh: "聊天室发来的内容一到就打印，即使这边什么也没输入"
      },
      points: 2,
      hint: {
        en: `Write every 'data' chunk to stdout as it arrives; other people speak whenever they like (lesson 5, "The chat client").`,
        zh: "每个 'data' 块一到就写到 stdout；别人想什么时候说话就什么时候说（第 5 课“聊天客户端”）。"
      }
    },
    {
      slug: "client-sends-lines",
      role: "client",
      title: {
        en: "sends each typed line with `\\n`, several in a row",
        zh: "把输入的每一行加上 `\\n` 发出，可以连发几行"
      },
      points: 2,
      hint: {
        en: "Send `<line>\\n` from the readline 'line' handler every time, without waiting for the room to answer (lesson 5, \"The chat client\").",
        zh: "在 readline 的 'line' 处理函数里每次都发送 `<行>\\n`，不要等聊天室回应（第 5 课“聊天客户端”）。"
      }
    },
    {
      slug: "client-quits-on-command",
      role: "client",
      title: {
        en: "sends `quit`, then closes and exits 0 when `quit` is typed",
        zh: "输入 `quit` 时先发出 `quit`，再关闭并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'Send the `quit` line like any other so that the room knows, then stop reading the keyboard, end the socket and exit 0 (lesson 5, "Leaving the chat").',
        zh: "像其他行一样发出 `quit`，让聊天室知道，然后停止读键盘、结束套接字并以 0 退出（第 5 课“离开聊天”）。"
      }
    },
    {
      slug: "client-ends-at-eof",
      role: "client",
      title: {
        en: "ends the connection and exits 0 at the end of its input",
        zh: "输入结束时结束连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: `When stdin ends (readline emits 'close'), end the socket and exit 0 once the server has closed (lesson 5, "Leaving the chat").`,
        zh: "stdin 结束时（readline 发出 'close'），结束套接字，等服务器关闭后以 0 退出（第 5 课“离开聊天”）。"
      }
    },
    {
      slug: "client-server-closed",
      role: "client",
      title: {
        en: "says so in one line and exits 0 when the server closes the connection",
        zh: "服务器关闭连接时用一行说明并以 0 退出"
      },
      points: 1,
      hint: {
        en: `On 'close' when you did not decide to leave, print one line to stderr and stop reading the keyboard, so that the process exits 0 (lesson 5, "Leaving the chat").`,
        zh: "在不是你决定离开时收到 'close'，就向 stderr 打印一行并停止读键盘，让进程以 0 退出（第 5 课“离开聊天”）。"
      }
    },
    {
      slug: "client-refused",
      role: "client",
      title: {
        en: "names the address and exits 1 when no server is listening",
        zh: "没有服务器监听时说出地址并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Handle the socket's 'error' event before the connection is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, "When nobody answers").`,
        zh: "在连接建立之前就处理套接字的 'error' 事件：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。"
      }
    }
  ]
};
const lesson$l = {
  number: 6,
  slug: "line-echo",
  chapter: 5,
  title: { en: "The line echo", zh: "按行回声" },
  roles: ["server", "client"],
  diagram: "server-line-in-pieces",
  checks: [
    {
      slug: "server-replies-to-lines",
      role: "server",
      title: {
        en: "replies `Return your msg: <line>` to every line, in order",
        zh: "按顺序对每一行回复 `Return your msg: <行>`"
      },
      points: 2,
      hint: {
        en: 'For every line that ends in `\\n`, write `Return your msg: `, the line and `\\n`; keep the connection open for the next line (lesson 6, "Splitting the stream into lines").',
        zh: "每收到一个以 `\\n` 结尾的行，就写回 `Return your msg: `、这一行和 `\\n`；保持连接，等待下一行（第 6 课“把字节流切成行”）。"
      }
    },
    {
      slug: "server-line-in-pieces",
      role: "server",
      title: {
        en: "replies once to a line that arrives one byte at a time",
        zh: "对逐字节到达的一行只回复一次"
      },
      points: 2,
      hint: {
        en: "TCP delivers a byte stream, not messages: one write may arrive as many 'data' chunks. Keep each connection's unfinished line in a buffer and reply only when a `\\n` completes it (lesson 6, \"One write is not one read\").",
        zh: "TCP 传送的是字节流，不是消息：一次写入可能分成许多个 'data' 块到达。为每个连接保留未完成的行，等 `\\n` 把它补完整后再回复（第 6 课“一次写不等于一次读”）。"
      }
    },
    {
      slug: "server-lines-in-one-write",
      role: "server",
      title: {
        en: "replies to each of several lines that arrive in one write",
        zh: "一次写入里到达的多行，每一行都回复"
      },
      points: 2,
      hint: {
        en: `One 'data' chunk may hold many lines: after adding a chunk to the buffer, take out every complete line, not just the first (lesson 6, "One write is not one read").`,
        zh: "一个 'data' 块里可能有好几行：把块加进缓冲区后，取出其中每一个完整的行，而不只是第一行（第 6 课“一次写不等于一次读”）。"
      }
    },
    {
      slug: "server-split-characters",
      role: "server",
      title: {
        en: "keeps Chinese text and emoji intact when their bytes are split across writes",
        zh: "中文和表情符号的字节被拆到多次写入时仍保持完整"
      },
      points: 2,
      hint: {
        en: 'Decoding each chunk on its own turns half a character into �. Decode with one StringDecoder per connection: it holds back an unfinished character until its last byte arrives (lesson 6, "Characters split across chunks").',
        zh: "每个块单独解码，会把半个字符变成 �。每个连接用一个 StringDecoder 解码：它会留住没收完的字符，直到最后一个字节到达（第 6 课“被拆开的字符”）。"
      }
    },
    {
      slug: "server-crlf",
      role: "server",
      title: {
        en: "drops the `\\r` of a line that ends in CRLF",
        zh: "去掉以 CRLF 结尾的行里的 `\\r`"
      },
      points: 1,
      hint: {
        en: 'Many programs end lines with `\\r\\n`. After splitting at `\\n`, remove one trailing `\\r` before you look at the line (lesson 6, "CRLF and the last line").',
        zh: "很多程序用 `\\r\\n` 结束一行。在 `\\n` 处切开后，先去掉行尾的一个 `\\r` 再处理这一行（第 6 课“CRLF 与最后一行”）。"
      }
    },
    {
      slug: "server-last-line-at-eof",
      role: "server",
      title: {
        en: "answers a last line with no newline when the client half-closes, then closes",
        zh: "客户端半关闭时回复没有换行的最后一行，然后关闭"
      },
      points: 1,
      hint: {
        en: `On 'end' whatever is left in the buffer (and in the decoder: decoder.end()) is a last line: answer it if it is not empty, then let the connection close (lesson 6, "CRLF and the last line").`,
        zh: "收到 'end' 时，缓冲区里剩下的内容（加上 decoder.end()）就是最后一行：不为空就回复它，然后让连接关闭（第 6 课“CRLF 与最后一行”）。"
      }
    },
    {
      slug: "server-quit",
      role: "server",
      title: {
        en: "closes the connection without a reply on a `quit` line",
        zh: "收到 `quit` 行时不回复并关闭连接"
      },
      points: 1,
      hint: {
        en: 'Compare the whole line (its `\\r` dropped) with `quit`: on a match end the connection without a reply and ignore whatever the client sends after it (lesson 6, "Leaving with quit").',
        zh: "把整行（去掉 `\\r` 后）和 `quit` 比较：相同就不回复、结束连接，并忽略客户端之后发来的一切（第 6 课“用 quit 离开”）。"
      }
    },
    {
      slug: "server-many-clients",
      role: "server",
      title: {
        en: "serves several clients at once, each with its own unfinished line",
        zh: "同时为多个客户端服务，各自保留未完成的行"
      },
      points: 2,
      hint: {
        en: 'Create the buffer and the decoder inside the connection handler, one pair per socket: a buffer shared by every connection mixes their bytes (lesson 6, "Many clients, many buffers").',
        zh: "在连接处理函数里创建缓冲区和解码器，每个套接字一套：所有连接共用一个缓冲区，会把它们的字节混在一起（第 6 课“多个客户端，多个缓冲区”）。"
      }
    },
    {
      slug: "server-longest-line",
      role: "server",
      title: {
        en: "answers a line of exactly 65536 bytes",
        zh: "回复恰好 65536 字节的一行"
      },
      points: 1,
      hint: {
        en: 'The limit counts bytes (Buffer.byteLength), not characters, and leaves out the `\\n` and a trailing `\\r`: a line of 65536 bytes is still allowed (lesson 6, "A limit on line length").',
        zh: "上限按字节计（Buffer.byteLength），不按字符计，也不算 `\\n` 和行尾的 `\\r`：65536 字节的行仍然允许（第 6 课“行长度的上限”）。"
      }
    },
    {
      slug: "server-line-too-long",
      role: "server",
      title: {
        en: "answers `error: line too long` and closes on a line of 65537 bytes",
        zh: "对 65537 字节的行回复 `error: line too long` 并关闭"
      },
      points: 2,
      hint: {
        en: 'Measure a line in bytes with Buffer.byteLength(): Chinese characters take three bytes each. Past 65536 bytes, write `error: line too long\\n` and end the connection (lesson 6, "A limit on line length").',
        zh: "用 Buffer.byteLength() 按字节量一行的长度：一个汉字占三个字节。超过 65536 字节就写回 `error: line too long\\n` 并结束连接（第 6 课“行长度的上限”）。"
      }
    },
    {
      slug: "server-endless-line",
      role: "server",
      title: {
        en: "answers `error: line too long` and closes long before a line that never ends has arrived",
        zh: "遇到永不结束的行时，早早回复 `error: line too long` 并关闭"
      },
      points: 2,
      hint: {
        en: 'Check the size of the unfinished line every time a chunk arrives, not only when a `\\n` comes: a client that never sends one would fill your memory (lesson 6, "A limit on line length").',
        zh: "每到一个块就检查未完成的行有多大，而不是等 `\\n` 来了才检查：一个永远不发换行的客户端会把你的内存塞满（第 6 课“行长度的上限”）。"
      }
    },
    {
      slug: "server-survives-reset",
      role: "server",
      title: {
        en: "goes on serving other clients after one resets the connection mid-line",
        zh: "一个客户端在一行中途重置连接后，继续为其他客户端服务"
      },
      points: 1,
      hint: {
        en: `Handle 'error' on every socket (a reset is ECONNRESET): it ends that conversation, not the server (lesson 6, "When a client vanishes").`,
        zh: "在每个套接字上处理 'error'（重置就是 ECONNRESET）：它结束的是那一段对话，而不是服务器（第 6 课“客户端突然消失”）。"
      }
    },
    {
      slug: "server-stops-on-sigterm",
      role: "server",
      title: {
        en: "closes every connection and exits 0 on SIGTERM",
        zh: "收到 SIGTERM 时关闭所有连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'Keep the open sockets in a Set; on SIGTERM/SIGINT close the listener, destroy every socket and exit 0 (lesson 6, "Stopping the server").',
        zh: "把打开的套接字放进一个 Set；收到 SIGTERM/SIGINT 时关闭监听，销毁每个套接字，然后以 0 退出（第 6 课“停止服务器”）。"
      }
    },
    {
      slug: "client-sends-lines",
      role: "client",
      title: {
        en: "sends each input line with `\\n` and prints each reply",
        zh: "每行输入加上 `\\n` 发送，并打印每条回复"
      },
      points: 2,
      hint: {
        en: 'Write each stdin line as `<line>\\n`, untrimmed (readline has already dropped a CRLF\'s `\\r`), and print every line the server sends back (lesson 6, "The client reads lines").',
        zh: "把 stdin 的每一行写成 `<行>\\n`，不要去掉空格（readline 已经去掉了 CRLF 里的 `\\r`），并打印服务器发回的每一行（第 6 课“客户端按行读”）。"
      }
    },
    {
      slug: "client-sends-empty-lines",
      role: "client",
      title: {
        en: "sends an empty line as a lone `\\n`",
        zh: "把空行作为单独的 `\\n` 发送"
      },
      points: 1,
      hint: {
        en: 'Unlike lesson 2, an empty line is a message here: `\\n` is one byte on the wire and the server answers it. Don\'t skip it (lesson 6, "The client reads lines").',
        zh: "和第 2 课不同，这里空行也是一条消息：`\\n` 在线路上是一个字节，服务器会回复它。不要跳过（第 6 课“客户端按行读”）。"
      }
    },
    {
      slug: "client-reply-in-pieces",
      role: "client",
      title: {
        en: "prints a reply that arrives in pieces as one line",
        zh: "把分成几块到达的回复作为一行打印"
      },
      points: 2,
      hint: {
        en: `A 'data' chunk is not a reply. Read the socket as lines: readline.createInterface({ input: socket }) is Python's sock.makefile() with readline() (lesson 6, "The client reads lines").`,
        zh: "一个 'data' 块不等于一条回复。要按行读套接字：readline.createInterface({ input: socket }) 就是 Python 的 sock.makefile() 加 readline()（第 6 课“客户端按行读”）。"
      }
    },
    {
      slug: "client-split-characters",
      role: "client",
      title: {
        en: "prints Chinese text and emoji intact when a reply splits their bytes",
        zh: "回复把中文和表情符号的字节拆开时，仍完整打印它们"
      },
      points: 1,
      hint: {
        en: 'Decode the whole byte stream with one StringDecoder (readline over the socket does it for you): chunk.toString() on each chunk turns split characters into � (lesson 6, "Characters split across chunks").',
        zh: "用同一个 StringDecoder 解码整个字节流（套接字上的 readline 会替你做）：对每个块调用 chunk.toString() 会把被拆开的字符变成 �（第 6 课“被拆开的字符”）。"
      }
    },
    {
      slug: "client-quit",
      role: "client",
      title: {
        en: "sends `quit` and exits 0 when the server closes",
        zh: "发送 `quit`，服务器关闭后以 0 退出"
      },
      points: 1,
      hint: {
        en: 'Send `quit\\n` like any other line, stop reading stdin, and take the close that follows as the normal end: exit 0 (lesson 6, "Leaving: exit, quit and end of input").',
        zh: "像其他行一样发送 `quit\\n`，停止读 stdin，把随后的关闭当作正常结束：以 0 退出（第 6 课“离开：exit、quit 与输入结束”）。"
      }
    },
    {
      slug: "client-exit",
      role: "client",
      title: {
        en: "ends the connection without sending `exit` and exits 0",
        zh: "不发送 `exit`，结束连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'A line whose trimmed text is `exit` is for the client: don\'t send it; end the socket, stop reading stdin and exit 0 once the server has closed too (lesson 6, "Leaving: exit, quit and end of input").',
        zh: "去掉空白后是 `exit` 的行是给客户端的：不要发送；结束套接字，停止读 stdin，等服务器也关闭后以 0 退出（第 6 课“离开：exit、quit 与输入结束”）。"
      }
    },
    {
      slug: "client-ends-at-eof",
      role: "client",
      title: {
        en: "sends the last line, prints its reply and exits 0 at the end of its input",
        zh: "输入结束时发出最后一行、打印它的回复并以 0 退出"
      },
      points: 1,
      hint: {
        en: `At the end of stdin (readline's 'close'), end the socket but keep reading: the reply to the last line may still be on its way. Exit 0 once the server has closed (lesson 6, "Leaving: exit, quit and end of input").`,
        zh: "stdin 结束时（readline 的 'close'）结束套接字，但继续读：最后一行的回复可能还在路上。服务器关闭后以 0 退出（第 6 课“离开：exit、quit 与输入结束”）。"
      }
    },
    {
      slug: "client-server-closed-first",
      role: "client",
      title: {
        en: "says so in one line and exits 1 when the server closes or resets first",
        zh: "服务器先关闭或重置连接时用一行说明并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Watch the socket's 'close' (and 'error', for a reset) all the time, not only while you wait for a reply: if you did not decide to leave, print one line to stderr, stop reading stdin and exit 1 (lesson 6, "When the server leaves first").`,
        zh: "一直关注套接字的 'close'（重置时还有 'error'），而不只是在等回复的时候：如果不是你决定离开，就向 stderr 打印一行，停止读 stdin，以 1 退出（第 6 课“服务器先离开时”）。"
      }
    },
    {
      slug: "client-refused",
      role: "client",
      title: {
        en: "names the address and exits 1 when no server is listening",
        zh: "没有服务器监听时说出地址并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Handle the connection's 'error' before it is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, "When nobody answers").`,
        zh: "在连接建立之前就处理 'error'：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。"
      }
    }
  ]
};
const lesson$k = {
  number: 7,
  slug: "line-chat",
  chapter: 5,
  title: { en: "The chat room over lines", zh: "按行聊天的聊天室" },
  roles: ["server"],
  diagram: "line-in-pieces",
  checks: [
    {
      slug: "broadcasts-every-line",
      role: "server",
      title: {
        en: "sends every line to every client, the sender included, as in lesson 5",
        zh: "像第 5 课一样把每一行发给每个客户端，包括发送者"
      },
      points: 2,
      hint: {
        en: 'Each complete line is one message, broadcast once to every member as `YYYY/MM/DD HH:MM:SS <ip>:<port>\\n<text>\\n` (lesson 5, "Broadcasting").',
        zh: "每个完整的行就是一条消息，以 `YYYY/MM/DD HH:MM:SS <ip>:<port>\\n<文本>\\n` 的格式向每个成员广播一次（第 5 课“广播”）。"
      }
    },
    {
      slug: "line-in-pieces",
      role: "server",
      title: {
        en: "broadcasts a line that arrives in pieces once, when it is complete",
        zh: "分成几块到达的一行，等它完整后只广播一次"
      },
      points: 2,
      hint: {
        en: "One write may arrive as many 'data' chunks. Keep each client's unfinished line in a buffer and broadcast only when a `\\n` completes it (lesson 7, \"Lines instead of chunks\").",
        zh: "一次写入可能分成许多个 'data' 块到达。为每个客户端保存未完成的行，等 `\\n` 把它补完整后再广播（第 7 课“用行代替数据块”）。"
      }
    },
    {
      slug: "lines-in-one-write",
      role: "server",
      title: {
        en: "broadcasts each of several lines that arrive in one write, in order",
        zh: "一次写入里到达的多行，按顺序逐行广播"
      },
      points: 2,
      hint: {
        en: "One 'data' chunk may hold many lines: split it at every `\\n` and broadcast each line in turn, keeping what follows the last `\\n` for later (lesson 7, \"Lines instead of chunks\").",
        zh: "一个 'data' 块里可能有好几行：在每个 `\\n` 处切开，依次广播每一行，把最后一个 `\\n` 后面的内容留到以后（第 7 课“用行代替数据块”）。"
      }
    },
    {
      slug: "crlf-line-ends",
      role: "server",
      title: {
        en: "drops the `\\r` of a line that ends in CRLF",
        zh: "去掉以 CRLF 结尾的行中的 `\\r`"
      },
      points: 1,
      hint: {
        en: 'A client on Windows (or telnet) ends lines with `\\r\\n`: drop one `\\r` before the `\\n` (lesson 7, "Line ends: LF and CRLF").',
        zh: "Windows（或 telnet）上的客户端用 `\\r\\n` 结束一行：去掉 `\\n` 前面的一个 `\\r`（第 7 课“行尾：LF 与 CRLF”）。"
      }
    },
    {
      slug: "split-character",
      role: "server",
      title: {
        en: "keeps a character whose bytes arrive in different writes intact",
        zh: "字节分几次写入到达的字符保持完整"
      },
      points: 2,
      hint: {
        en: 'A Chinese character is three bytes, an emoji four, and a chunk may end in the middle. Decode whole lines, or decode with a StringDecoder, never chunk.toString() chunk by chunk, which turns the halves into `�` (lesson 7, "Characters split across reads").',
        zh: "一个汉字是三个字节，一个表情符号是四个，而一个数据块可能在中间结束。按整行解码，或者用 StringDecoder 解码，不要逐块调用 chunk.toString()，那样半个字符会变成 `�`（第 7 课“被拆开的字符”）。"
      }
    },
    {
      slug: "last-line-at-eof",
      role: "server",
      title: {
        en: "broadcasts a last line with no `\\n` when its client closes the connection",
        zh: "客户端关闭连接时，广播最后那个没有 `\\n` 的行"
      },
      points: 1,
      hint: {
        en: `When 'end' comes and the buffer still holds bytes, that is the last line: broadcast it before the connection closes (lesson 7, "The last line").`,
        zh: "'end' 到来时缓冲区里如果还有字节，那就是最后一行：在连接关闭前广播它（第 7 课“最后一行”）。"
      }
    },
    {
      slug: "quit-and-empty-lines",
      role: "server",
      title: {
        en: "ignores empty lines and closes the connection of a client that sends `quit`",
        zh: "忽略空行，并关闭发送 `quit` 的客户端的连接"
      },
      points: 1,
      hint: {
        en: 'Apply lesson 5\'s rules to every line: trim it, skip it if empty, on `quit` remove the client and end its connection, and handle no more of its lines (lesson 5, "Leaving the room").',
        zh: "对每一行套用第 5 课的规则：去掉首尾空白，为空就跳过，读到 `quit` 就移除客户端并结束它的连接，不再处理它后面的行（第 5 课“离开聊天室”）。"
      }
    },
    {
      slug: "longest-line",
      role: "server",
      title: {
        en: "accepts a line of exactly 65536 bytes",
        zh: "接受恰好 65536 字节的一行"
      },
      points: 1,
      hint: {
        en: 'The limit is on the line itself: 65536 bytes are allowed, and neither the `\\n` nor a `\\r` before it counts (lesson 7, "A line that never ends").',
        zh: "限制针对行本身：允许 65536 字节，`\\n` 和它前面的 `\\r` 都不计入（第 7 课“永不结束的行”）。"
      }
    },
    {
      slug: "endless-line",
      role: "server",
      title: {
        en: "answers `error: line too long` and closes the connection when a line grows past 65536 bytes",
        zh: "一行超过 65536 字节时回复 `error: line too long` 并关闭连接"
      },
      points: 2,
      hint: {
        en: 'Check the buffer\'s size on every chunk, not only when a `\\n` comes: a client may never send one. Past the limit, write `error: line too long\\n`, end the connection and drop the buffer (lesson 7, "A line that never ends").',
        zh: "每来一个数据块都检查缓冲区大小，不要只在收到 `\\n` 时检查：客户端可能永远不发。超过限制就写 `error: line too long\\n`，结束连接，丢掉缓冲区（第 7 课“永不结束的行”）。"
      }
    },
    {
      slug: "same-order-for-everyone",
      role: "server",
      title: {
        en: "gives every client the same order when several send many lines at once",
        zh: "几个客户端同时发很多行时，每个人收到的顺序都相同"
      },
      points: 1,
      hint: {
        en: 'Broadcast each line to every member at once, as soon as it is complete, in the same loop (lesson 5, "Same order for everyone").',
        zh: "每一行一完整就在同一个循环里立刻广播给所有成员（第 5 课“所有人看到同样的顺序”）。"
      }
    },
    {
      slug: "survives-reset",
      role: "server",
      title: {
        en: "goes on serving the room when a client resets the connection",
        zh: "有客户端重置连接时继续为聊天室服务"
      },
      points: 1,
      hint: {
        en: `Listen for 'error' on every socket and remove the member on 'close', as in lesson 5 (lesson 5, "Leaving the room").`,
        zh: "像第 5 课一样在每个套接字上监听 'error'，并在 'close' 时移除成员（第 5 课“离开聊天室”）。"
      }
    },
    {
      slug: "stops-on-sigterm",
      role: "server",
      title: {
        en: "closes every connection and exits 0 on SIGTERM",
        zh: "收到 SIGTERM 时关闭所有连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT close the listener, destroy every member and exit 0 (lesson 5, "Closing the room").',
        zh: "收到 SIGTERM/SIGINT 时关闭监听、销毁每个成员并以 0 退出（第 5 课“关闭聊天室”）。"
      }
    }
  ]
};
const lesson$j = {
  number: 8,
  slug: "length-prefix",
  chapter: 5,
  title: { en: "Length-prefixed frames", zh: "长度前缀帧" },
  roles: ["server", "client"],
  diagram: "server-frame-in-pieces",
  checks: [
    {
      slug: "server-echoes-frames",
      role: "server",
      title: {
        en: "echoes each frame back as a frame, in order, whatever bytes it holds",
        zh: "按顺序把每一帧作为帧回显，不管里面是什么字节"
      },
      points: 2,
      hint: {
        en: 'Read the 4-byte length with buffer.readUInt32BE(0), wait until that many payload bytes are there, then write back the header and the payload. `\\n` and `\\0` are ordinary payload bytes (lesson 8, "A frame: length, then payload").',
        zh: "用 buffer.readUInt32BE(0) 读出 4 字节的长度，等载荷字节到齐后，把长度头和载荷一起写回。`\\n` 和 `\\0` 只是普通的载荷字节（第 8 课“帧：先长度，后载荷”）。"
      }
    },
    {
      slug: "server-frame-in-pieces",
      role: "server",
      title: {
        en: "echoes a frame that arrives one byte at a time, header included",
        zh: "回显逐字节到达的一帧，长度头也是逐字节到达"
      },
      points: 2,
      hint: {
        en: 'Even the 4-byte header may come in pieces. Keep a buffer per connection and take a frame out only once its header and its whole payload are there (lesson 8, "Reading exactly N bytes").',
        zh: "连 4 字节的长度头都可能分几块到达。为每个连接保留一个缓冲区，只有长度头和整个载荷都到齐了才取出一帧（第 8 课“恰好读 N 个字节”）。"
      }
    },
    {
      slug: "server-frames-in-one-write",
      role: "server",
      title: {
        en: "echoes each of several frames that arrive in one write",
        zh: "回显一次写入里到达的多个帧"
      },
      points: 2,
      hint: {
        en: 'After taking one frame out of the buffer, loop: what is left may already hold the next frames (lesson 8, "Reading exactly N bytes").',
        zh: "从缓冲区取出一帧后要继续循环：剩下的字节里可能已经有后面的帧了（第 8 课“恰好读 N 个字节”）。"
      }
    },
    {
      slug: "server-empty-frame",
      role: "server",
      title: {
        en: "echoes an empty frame (length 0)",
        zh: "回显空帧（长度为 0）"
      },
      points: 1,
      hint: {
        en: 'A frame of length 0 is complete as soon as its 4 header bytes are there: test `buffer.length >= 4`, not `> 4`, and echo the bare header (lesson 8, "The empty frame").',
        zh: "长度为 0 的帧在 4 个长度字节到齐时就完整了：判断 `buffer.length >= 4` 而不是 `> 4`，然后回显单独的长度头（第 8 课“空帧”）。"
      }
    },
    {
      slug: "server-largest-frame",
      role: "server",
      title: {
        en: "echoes a frame of 1 MiB, the largest allowed",
        zh: "回显 1 MiB 的帧，也就是允许的最大帧"
      },
      points: 1,
      hint: {
        en: 'A length of exactly 1048576 is allowed: refuse only lengths above it, and keep collecting chunks until the whole MiB is there (lesson 8, "A limit on frame size").',
        zh: "长度恰好为 1048576 是允许的：只拒绝比它大的长度，并一直收集数据块，直到整整 1 MiB 都到齐（第 8 课“帧大小的上限”）。"
      }
    },
    {
      slug: "server-oversized-frame",
      role: "server",
      title: {
        en: "closes the connection as soon as a frame announces more than 1 MiB, and serves others on",
        zh: "一帧声明超过 1 MiB 时立即关闭连接，并继续为其他客户端服务"
      },
      points: 2,
      hint: {
        en: 'Check the length as soon as the header is there and close the connection if it is above 1048576: waiting for the payload would let any client make you hold gigabytes (lesson 8, "A limit on frame size").',
        zh: "长度头一到就检查长度，超过 1048576 就关闭连接：等着收载荷，任何客户端都能让你占用好几 GB 内存（第 8 课“帧大小的上限”）。"
      }
    },
    {
      slug: "server-half-close",
      role: "server",
      title: {
        en: "echoes the frames that came before the client half-closes, then closes",
        zh: "客户端半关闭时回显之前到达的帧，然后关闭"
      },
      points: 1,
      hint: {
        en: 'A FIN may come right after the last frame: echo every complete frame, then end your side too; the bytes of an unfinished frame are dropped (lesson 8, "When the client half-closes").',
        zh: "最后一帧之后可能紧跟着 FIN：回显每个完整的帧，然后也结束你这一端；没收完的帧的字节直接丢弃（第 8 课“客户端半关闭时”）。"
      }
    },
    {
      slug: "server-survives-reset",
      role: "server",
      title: {
        en: "goes on serving other clients after one resets the connection mid-frame",
        zh: "一个客户端在一帧中途重置连接后，继续为其他客户端服务"
      },
      points: 1,
      hint: {
        en: `Handle 'error' on every socket (a reset is ECONNRESET): it ends that conversation, not the server (lesson 8, "When a client vanishes").`,
        zh: "在每个套接字上处理 'error'（重置就是 ECONNRESET）：它结束的是那一段对话，而不是服务器（第 8 课“客户端突然消失”）。"
      }
    },
    {
      slug: "server-stops-on-sigterm",
      role: "server",
      title: {
        en: "closes every connection and exits 0 on SIGTERM",
        zh: "收到 SIGTERM 时关闭所有连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'Keep the open sockets in a Set; on SIGTERM/SIGINT close the listener, destroy every socket and exit 0 (lesson 8, "Stopping the server").',
        zh: "把打开的套接字放进一个 Set；收到 SIGTERM/SIGINT 时关闭监听，销毁每个套接字，然后以 0 退出（第 8 课“停止服务器”）。"
      }
    },
    {
      slug: "client-sends-frames",
      role: "client",
      title: {
        en: "sends each input line as one frame with its length in bytes, and prints each reply's payload",
        zh: "把每行输入作为一帧发送（长度按字节计），并打印每条回复的载荷"
      },
      points: 2,
      hint: {
        en: 'Turn the line into bytes first (Buffer.from(line)), then write a 4-byte big-endian header with their count (writeUInt32BE) and the bytes: 你好 is 6 bytes, not 2 (lesson 8, "The client: frames out, frames in").',
        zh: "先把这一行变成字节（Buffer.from(line)），再写 4 字节大端序的长度头（writeUInt32BE）和这些字节：“你好”是 6 个字节，不是 2 个（第 8 课“客户端：帧出，帧入”）。"
      }
    },
    {
      slug: "client-empty-line",
      role: "client",
      title: {
        en: "sends an empty line as an empty frame and prints the empty reply",
        zh: "把空行作为空帧发送，并打印空的回复"
      },
      points: 1,
      hint: {
        en: `An empty frame is four zero bytes: it reaches the server, which answers it. Don't skip empty lines, and print an empty payload as an empty line (lesson 8, "The empty frame").`,
        zh: "空帧就是四个零字节：它会到达服务器，服务器也会回复。不要跳过空行，空载荷就打印成一个空行（第 8 课“空帧”）。"
      }
    },
    {
      slug: "client-reply-in-pieces",
      role: "client",
      title: {
        en: "prints a reply frame that arrives one byte at a time as one line, characters intact",
        zh: "把逐字节到达的回复帧作为一行打印，字符完整"
      },
      points: 2,
      hint: {
        en: `A 'data' chunk is not a frame: collect chunks in a buffer, read the length once 4 bytes are there, and decode the payload only when all of it has arrived (lesson 8, "Reading exactly N bytes").`,
        zh: "一个 'data' 块不等于一帧：把块收进缓冲区，满 4 个字节再读长度，整个载荷到齐后才解码（第 8 课“恰好读 N 个字节”）。"
      }
    },
    {
      slug: "client-exit",
      role: "client",
      title: {
        en: "ends the connection without sending `exit` and exits 0",
        zh: "不发送 `exit`，结束连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'On a line whose trimmed text is `exit`, send nothing: end the socket, stop reading stdin and exit 0 once the server has closed too (lesson 8, "Leaving").',
        zh: "遇到去掉空白后是 `exit` 的行，什么也不发送：结束套接字，停止读 stdin，等服务器也关闭后以 0 退出（第 8 课“离开”）。"
      }
    },
    {
      slug: "client-ends-at-eof",
      role: "client",
      title: {
        en: "sends the last frame, prints its reply and exits 0 at the end of its input",
        zh: "输入结束时发出最后一帧、打印它的回复并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'At the end of stdin, end the socket but keep reading: the reply to the last frame may still be on its way. Exit 0 once the server has closed (lesson 8, "Leaving").',
        zh: "stdin 结束时结束套接字，但继续读：最后一帧的回复可能还在路上。服务器关闭后以 0 退出（第 8 课“离开”）。"
      }
    },
    {
      slug: "client-server-closed-first",
      role: "client",
      title: {
        en: "says so in one line and exits 1 when the server closes or resets first",
        zh: "服务器先关闭或重置连接时用一行说明并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Watch the socket's 'close' (and 'error', for a reset) all the time: if you did not decide to leave, print one line to stderr, stop reading stdin and exit 1 (lesson 8, "When the server leaves first").`,
        zh: "一直关注套接字的 'close'（重置时还有 'error'）：如果不是你决定离开，就向 stderr 打印一行，停止读 stdin，以 1 退出（第 8 课“服务器先离开时”）。"
      }
    },
    {
      slug: "client-refused",
      role: "client",
      title: {
        en: "names the address and exits 1 when no server is listening",
        zh: "没有服务器监听时说出地址并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Handle the connection's 'error' before it is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, "When nobody answers").`,
        zh: "在连接建立之前就处理 'error'：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。"
      }
    }
  ]
};
const lesson$i = {
  number: 9,
  slug: "udp-echo",
  chapter: 6,
  title: { en: "The UDP echo", zh: "UDP 回声" },
  roles: ["server", "client"],
  diagram: "client-retries",
  checks: [
    {
      slug: "server-echoes-datagrams",
      role: "server",
      title: {
        en: "sends each datagram back to its sender unchanged",
        zh: "把每个数据报原样发回给它的发送者"
      },
      points: 2,
      hint: {
        en: `In the 'message' handler you get the bytes and rinfo: send the same Buffer back to rinfo.port and rinfo.address, without decoding it or adding a newline (lesson 9, "Echo to the sender").`,
        zh: "'message' 处理函数给你字节和 rinfo：把同一个 Buffer 发回 rinfo.port 和 rinfo.address，不要解码，也不要加换行（第 9 课“回给发送者”）。"
      }
    },
    {
      slug: "server-empty-datagram",
      role: "server",
      title: {
        en: "echoes a zero-length datagram",
        zh: "回显零长度的数据报"
      },
      points: 1,
      hint: {
        en: 'Unlike a TCP write of zero bytes, an empty datagram is a real message: it arrives, and the sender waits for its echo. Send it back like any other (lesson 9, "The empty datagram").',
        zh: "和 TCP 写零字节不同，空数据报是一条真正的消息：它会到达，发送者在等它的回显。像其他数据报一样发回去（第 9 课“空数据报”）。"
      }
    },
    {
      slug: "server-largest-datagram",
      role: "server",
      title: {
        en: "echoes a datagram of 65507 bytes, the largest UDP carries, in one piece",
        zh: "完整回显 65507 字节的数据报，也就是 UDP 能承载的最大数据报"
      },
      points: 1,
      hint: {
        en: `Node hands you the whole datagram, however big: send it back as it is. Python's recvfrom(1024) habit cuts it, and splitting it sends several datagrams where there was one (lesson 9, "How big a datagram can be").`,
        zh: "Node 会把整个数据报交给你，不管多大：原样发回去。照搬 Python 的 recvfrom(1024) 会把它截断，把它拆开则会把一个数据报变成好几个（第 9 课“数据报能有多大”）。"
      }
    },
    {
      slug: "server-back-to-back",
      role: "server",
      title: {
        en: "echoes datagrams sent back to back one for one, never joined or split",
        zh: "对接连发来的数据报逐个回显，既不合并也不拆分"
      },
      points: 2,
      hint: {
        en: `UDP keeps message boundaries: each 'message' event is one datagram, and each must go back as one datagram of its own, at once. No buffers, no lines (lesson 9, "Datagrams, not streams").`,
        zh: "UDP 保留消息边界：每个 'message' 事件就是一个数据报，每个都要立刻作为单独的一个数据报发回。不要缓冲区，也不要按行处理（第 9 课“数据报，不是字节流”）。"
      }
    },
    {
      slug: "server-answers-each-sender",
      role: "server",
      title: {
        en: "answers each of two clients at its own address",
        zh: "把回复发到两个客户端各自的地址"
      },
      points: 1,
      hint: {
        en: 'There is no connection to remember: every datagram carries its sender in rinfo. Reply to the rinfo of this datagram, not to the first client you heard from (lesson 9, "Echo to the sender").',
        zh: "这里没有需要记住的连接：每个数据报都在 rinfo 里带着它的发送者。回复这个数据报的 rinfo，而不是你听到的第一个客户端（第 9 课“回给发送者”）。"
      }
    },
    {
      slug: "server-logs-datagrams",
      role: "server",
      title: {
        en: "logs `received from <ip>:<port>: <text>` for each datagram",
        zh: "为每个数据报打印 `received from <ip>:<port>: <文本>`"
      },
      points: 1,
      hint: {
        en: 'Print one line per datagram, with rinfo.address, rinfo.port and the bytes decoded as UTF-8 (lesson 9, "Echo to the sender").',
        zh: "每个数据报打印一行，包含 rinfo.address、rinfo.port 和按 UTF-8 解码的内容（第 9 课“回给发送者”）。"
      }
    },
    {
      slug: "server-stops-on-sigterm",
      role: "server",
      title: {
        en: "closes its socket and exits 0 on SIGTERM",
        zh: "收到 SIGTERM 时关闭套接字并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'A bound UDP socket keeps Node running for ever: on SIGTERM/SIGINT close it and exit 0 (lesson 9, "Stopping the server").',
        zh: "绑定的 UDP 套接字会让 Node 一直运行：收到 SIGTERM/SIGINT 时关闭它并以 0 退出（第 9 课“停止服务器”）。"
      }
    },
    {
      slug: "client-sends-datagrams",
      role: "client",
      title: {
        en: "sends each input line as one datagram and prints each reply",
        zh: "把每行输入作为一个数据报发送，并打印每条回复"
      },
      points: 2,
      hint: {
        en: 'Send the line\'s UTF-8 bytes as one datagram, with no `\\n`: the datagram itself is the boundary. Print the reply datagram as one line (lesson 9, "One line, one datagram").',
        zh: "把这一行的 UTF-8 字节作为一个数据报发送，不加 `\\n`：数据报本身就是边界。把回复的数据报作为一行打印（第 9 课“一行一个数据报”）。"
      }
    },
    {
      slug: "client-empty-line",
      role: "client",
      title: {
        en: "sends an empty line as a zero-length datagram and prints the empty reply",
        zh: "把空行作为零长度数据报发送，并打印空的回复"
      },
      points: 1,
      hint: {
        en: `Zero bytes over TCP send nothing, but over UDP they are a datagram that gets an answer: don't skip empty lines (lesson 9, "The empty datagram").`,
        zh: "用 TCP 发零字节什么也不会发出，但用 UDP 就是一个会得到回复的数据报：不要跳过空行（第 9 课“空数据报”）。"
      }
    },
    {
      slug: "client-long-line",
      role: "client",
      title: {
        en: "sends a line of 60000 bytes as one datagram",
        zh: "把 60000 字节的一行作为一个数据报发送"
      },
      points: 1,
      hint: {
        en: 'One socket.send() is one datagram, up to 65507 bytes: send the whole line at once, never in pieces (lesson 9, "How big a datagram can be").',
        zh: "一次 socket.send() 就是一个数据报，最多 65507 字节：把整行一次发出，绝不分块（第 9 课“数据报能有多大”）。"
      }
    },
    {
      slug: "client-retries",
      role: "client",
      title: {
        en: "sends the line again when the first datagram gets no reply",
        zh: "第一个数据报没有回复时再发一次"
      },
      points: 2,
      hint: {
        en: 'UDP may lose a datagram and nobody tells you. Wait for the reply with a 500 ms timeout; when it passes, send the same datagram again (lesson 9, "Lost datagrams and retries").',
        zh: "UDP 可能丢掉数据报，而且没人会告诉你。等待回复时设 500 毫秒超时；超时后把同一个数据报再发一次（第 9 课“丢失的数据报与重试”）。"
      }
    },
    {
      slug: "client-times-out",
      role: "client",
      title: {
        en: "prints `timeout` after three silent tries of 500 ms and goes on with the next line",
        zh: "三次各等 500 毫秒都没有回复时打印 `timeout`，然后继续处理下一行"
      },
      points: 2,
      hint: {
        en: 'Without a timeout, a client waiting for a lost reply hangs for ever. Try at most three times, 500 ms each; then print `timeout` to stderr and read the next line (lesson 9, "Waiting with a timeout").',
        zh: "没有超时，等待一个丢失回复的客户端会永远卡住。最多试三次，每次等 500 毫秒；然后向 stderr 打印 `timeout`，接着读下一行（第 9 课“带超时的等待”）。"
      }
    },
    {
      slug: "client-exit",
      role: "client",
      title: {
        en: "exits 0 on an `exit` line without sending it",
        zh: "读到 `exit` 行时不发送它并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'Compare the trimmed line with `exit` before sending; on a match stop reading stdin, close the socket and exit 0 (lesson 9, "Leaving").',
        zh: "发送前把去掉空白的行和 `exit` 比较；相同就停止读 stdin，关闭套接字并以 0 退出（第 9 课“离开”）。"
      }
    },
    {
      slug: "client-ends-at-eof",
      role: "client",
      title: {
        en: "answers the last line, then exits 0 at the end of its input",
        zh: "输入结束时处理完最后一行，然后以 0 退出"
      },
      points: 1,
      hint: {
        en: 'Lines typed before the end of input still count: finish the last one (send, wait, print), then close the socket so that Node can exit (lesson 9, "Leaving").',
        zh: "输入结束之前的行仍然要处理：完成最后一行（发送、等待、打印），再关闭套接字，让 Node 能够退出（第 9 课“离开”）。"
      }
    }
  ]
};
const lesson$h = {
  number: 10,
  slug: "socketserver",
  chapter: 7,
  title: { en: "A socketserver of your own", zh: "自己的 socketserver" },
  roles: ["server"],
  diagram: "threading-sleep-delays-no-one",
  checks: [
    {
      slug: "replies-to-lines",
      role: "server",
      title: {
        en: "answers `sleep <ms>` with `slept <ms>`, a sleep over 10000 ms with an error, and any other line with `Return your msg: <line>`",
        zh: "对 `sleep <毫秒>` 回复 `slept <毫秒>`，对超过 10000 毫秒的 sleep 回复错误，对其他行回复 `Return your msg: <行>`"
      },
      points: 2,
      hint: {
        en: 'Match the whole line against /^sleep ([0-9]+)$/: `sleep -1` and `sleep x` are ordinary lines. Reply `slept` with the digits as they came (`sleep 007` → `slept 007`); above 10000 reply the error and keep the connection open (lesson 10, "Sleeping without stopping the world").',
        zh: "用 /^sleep ([0-9]+)$/ 匹配整行：`sleep -1` 和 `sleep x` 是普通的行。回复 `slept` 时照原样带上数字（`sleep 007` → `slept 007`）；超过 10000 就回复错误，连接保持打开（第 10 课“睡眠而不让世界停下”）。"
      },
      clauses: ["10.S2"]
    },
    {
      slug: "sleep-waits-its-time",
      role: "server",
      title: {
        en: "answers `sleep 1500` no sooner than 1500 ms later, and before twice that",
        zh: "对 `sleep 1500` 的回复不早于 1500 毫秒，也早于它的两倍"
      },
      points: 1,
      hint: {
        en: 'Wait with a timer: `await setTimeout(ms)` from node:timers/promises. Not a shorter wait, not two waits in a row, and not a loop that watches the clock (lesson 10, "Sleeping without stopping the world").',
        zh: "用定时器等待：node:timers/promises 里的 `await setTimeout(ms)`。不要等得更短，不要连等两次，也不要写盯着时钟的循环（第 10 课“睡眠而不让世界停下”）。"
      },
      clauses: ["10.S2"]
    },
    {
      slug: "lines-in-pieces",
      role: "server",
      title: {
        en: "answers a line cut into pieces once, several lines in one write each, characters and CRLF intact",
        zh: "被切成几块的一行只回复一次，一次写入的多行各回复一次，字符完整，CRLF 也处理好"
      },
      points: 2,
      hint: {
        en: 'readLine() is lesson 6\'s splitter behind a promise: a buffer and a StringDecoder per connection, a line at every `\\n`, one `\\r` before it dropped, and the lines after the first kept for the next call (lesson 10, "Reading lines on request").',
        zh: "readLine() 就是包在 Promise 后面的第 6 课切分器：每个连接一个缓冲区和一个 StringDecoder，每个 `\\n` 是一行，去掉它前面的一个 `\\r`，第一行之后的行留给下一次调用（第 10 课“按需读行”）。"
      },
      clauses: ["10.S2"]
    },
    {
      slug: "last-line-at-eof",
      role: "server",
      title: {
        en: "answers every line, an unfinished `sleep` and a last line without `\\n` included, before it closes after the client's FIN",
        zh: "客户端发来 FIN 后，先回复每一行（包括还在睡眠的 `sleep` 和没有 `\\n` 的最后一行），再关闭连接"
      },
      points: 2,
      hint: {
        en: `A FIN ends the client's input, not your replies: create the server with allowHalfOpen: true, let readLine() return the unterminated last line and then null, and end the connection only once handle() has returned (lesson 10, "Reading lines on request").`,
        zh: "FIN 结束的是客户端的输入，不是你的回复：创建服务器时用 allowHalfOpen: true，让 readLine() 先返回没有结束符的最后一行、再返回 null，等 handle() 返回后才结束连接（第 10 课“按需读行”）。"
      },
      clauses: ["10.S2"]
    },
    {
      slug: "quit",
      role: "server",
      title: {
        en: "closes the connection without a reply on a `quit` line, and answers ` quit` like any line",
        zh: "收到 `quit` 行时不回复并关闭连接，而 ` quit` 像普通行一样回复"
      },
      points: 1,
      hint: {
        en: 'In handle(), return when the line is exactly `quit`: the server closes the connection after finish(). Compare the whole line, not a trimmed one (lesson 10, "The handler: setup, handle, finish").',
        zh: "在 handle() 里，行恰好是 `quit` 时就返回：服务器会在 finish() 之后关闭连接。比较整行，不要先去空白（第 10 课“处理器：setup、handle、finish”）。"
      },
      clauses: ["10.S2"]
    },
    {
      slug: "line-limit",
      role: "server",
      title: {
        en: "answers a line of 65536 bytes, and closes with `error: line too long` on a longer one",
        zh: "回复 65536 字节的一行，更长的一行则回复 `error: line too long` 并关闭"
      },
      points: 1,
      hint: {
        en: 'Count bytes (Buffer.byteLength), not characters, and not the line end. readLine() throws LineTooLongError; the handler catches it, writes the error line and returns (lesson 10, "Reading lines on request").',
        zh: "数字节（Buffer.byteLength），不数字符，也不算行尾。readLine() 抛出 LineTooLongError；处理器捕获它，写出错误行然后返回（第 10 课“按需读行”）。"
      },
      clauses: ["10.S2"]
    },
    {
      slug: "endless-line",
      role: "server",
      title: {
        en: "gives up on a line that never ends, instead of keeping megabytes of it",
        zh: "放弃一条永不结束的行，而不是把好几 MB 都留在内存里"
      },
      points: 1,
      hint: {
        en: 'Check the unfinished line\'s size on every chunk, not only at a `\\n`: an endless line has none. Past 65537 bytes, readLine() throws (lesson 10, "Reading lines on request").',
        zh: "每收到一块就检查未完成的行有多大，而不是只在遇到 `\\n` 时检查：永不结束的行根本没有 `\\n`。超过 65537 字节时 readLine() 就抛出异常（第 10 课“按需读行”）。"
      },
      clauses: ["10.S2"]
    },
    {
      slug: "replies-in-order",
      role: "server",
      title: {
        en: "answers the lines of one connection in order: a line that arrives during a `sleep` after `slept`",
        zh: "按顺序回复同一连接上的行：睡眠期间到达的行在 `slept` 之后回复"
      },
      points: 2,
      hint: {
        en: 'Handle one line at a time: `await` the answer before you read the next line. Starting a reply without waiting for the one before lets the quick ones overtake (lesson 10, "The handler: setup, handle, finish").',
        zh: "一次处理一行：先 `await` 这一行的回复，再读下一行。不等前一个回复就开始下一个，快的回复就会抢到前面（第 10 课“处理器：setup、handle、finish”）。"
      },
      clauses: ["10.S3"]
    },
    {
      slug: "threading-by-default",
      role: "server",
      title: {
        en: "serves every client at once when MODE is unset or empty, and logs each as it connects",
        zh: "MODE 未设置或为空时同时服务所有客户端，并在每个客户端连上时记录它"
      },
      points: 1,
      hint: {
        en: "Read MODE with `process.env.MODE || 'threading'`: `??` keeps an empty string. Print `connected from <ip>:<port>` in setup() (lesson 10, \"Choosing the server with MODE\").",
        zh: "用 `process.env.MODE || 'threading'` 读 MODE：`??` 会留下空字符串。在 setup() 里打印 `connected from <ip>:<port>`（第 10 课“用 MODE 选择服务器”）。"
      },
      clauses: ["10.S1", "G4", "G5"]
    },
    {
      slug: "unknown-mode",
      role: "server",
      title: {
        en: "refuses an unknown MODE with one line on stderr and exit code 1",
        zh: "遇到未知的 MODE 时在 stderr 打印一行并以 1 退出"
      },
      points: 1,
      hint: {
        en: 'Before listening, check MODE: anything but `single` or `threading` gets `unknown MODE: <value> (use single or threading)` on stderr and process.exit(1) (lesson 10, "Choosing the server with MODE").',
        zh: "监听之前检查 MODE：除了 `single` 和 `threading` 以外的值，都在 stderr 打印 `unknown MODE: <值> (use single or threading)` 并 process.exit(1)（第 10 课“用 MODE 选择服务器”）。"
      },
      clauses: ["10.S1"]
    },
    {
      slug: "threading-sleep-delays-no-one",
      role: "server",
      title: {
        en: "in `threading` mode, answers other clients while one client's `sleep 10000` runs",
        zh: "在 `threading` 模式下，一个客户端的 `sleep 10000` 进行时照样回复其他客户端"
      },
      points: 2,
      hint: {
        en: 'ThreadingTCPServer starts a handler for every connection at once, and the sleep must be a timer: a loop that waits for the clock to pass stops the event loop, and every client with it (lesson 10, "All at once: ThreadingTCPServer").',
        zh: "ThreadingTCPServer 为每个连接立即启动一个处理器，而睡眠必须是定时器：等时钟走完的循环会让事件循环停下，所有客户端都跟着停下（第 10 课“同时服务：ThreadingTCPServer”）。"
      },
      clauses: ["10.S5"]
    },
    {
      slug: "single-one-at-a-time",
      role: "server",
      title: {
        en: "in `single` mode, neither answers nor logs a second client while it serves the first",
        zh: "在 `single` 模式下，服务第一个客户端时既不回复也不记录第二个客户端"
      },
      points: 2,
      hint: {
        en: 'TCPServer serves one client at a time: new connections wait in a queue, paused (pauseOnConnect), and the next handler starts only when the one before has finished (lesson 10, "One at a time: TCPServer").',
        zh: "TCPServer 一次只服务一个客户端：新连接暂停着（pauseOnConnect）在队列里等待，前一个处理器结束后才启动下一个（第 10 课“一次一个：TCPServer”）。"
      },
      clauses: ["10.S4", "G5"]
    },
    {
      slug: "single-serves-next",
      role: "server",
      title: {
        en: "in `single` mode, serves the next client when the first leaves or resets, answering what it sent while it waited",
        zh: "在 `single` 模式下，第一个客户端离开或重置后服务下一个，并回复它等待时发来的内容"
      },
      points: 2,
      hint: {
        en: `When a handler finishes (the client sent FIN, or reset), take the next socket from the queue and resume it: its lines are still in the kernel's buffers (lesson 10, "One at a time: TCPServer").`,
        zh: "一个处理器结束后（客户端发来 FIN 或重置了连接），从队列里取出下一个套接字并 resume：它的行还在内核的缓冲区里（第 10 课“一次一个：TCPServer”）。"
      },
      clauses: ["10.S4"]
    },
    {
      slug: "single-next-after-sleep",
      role: "server",
      title: {
        en: "in `single` mode, serves the next client once a sleep ends whose client has left",
        zh: "在 `single` 模式下，客户端已经离开的 sleep 结束后，接着服务下一个客户端"
      },
      points: 1,
      hint: {
        en: `The reply to a client that left goes nowhere: write() must skip a destroyed socket, every socket needs an 'error' listener, and readLine() must then return null so that the handler ends (lesson 10, "When a client vanishes").`,
        zh: "给已经离开的客户端的回复无处可去：write() 要跳过已销毁的套接字，每个套接字都要有 'error' 监听函数，之后 readLine() 要返回 null，让处理器结束（第 10 课“客户端突然消失”）。"
      },
      clauses: ["10.S4", "G10"]
    },
    {
      slug: "survives-reset",
      role: "server",
      title: {
        en: "goes on serving other clients after one resets the connection in the middle of a line",
        zh: "一个客户端在一行中途重置连接后，继续服务其他客户端"
      },
      points: 1,
      hint: {
        en: `Give every socket an 'error' listener in the framework, and let a reset end that connection's input: readLine() returns null (lesson 10, "When a client vanishes").`,
        zh: "在框架里给每个套接字加上 'error' 监听函数，让重置结束那个连接的输入：readLine() 返回 null（第 10 课“客户端突然消失”）。"
      },
      clauses: ["G10"]
    },
    {
      slug: "stops-on-sigterm",
      role: "server",
      title: {
        en: "closes every connection and exits 0 on SIGTERM, even while a `sleep` runs",
        zh: "收到 SIGTERM 时关闭所有连接并以 0 退出，即使有 `sleep` 正在进行"
      },
      points: 1,
      hint: {
        en: 'shutdown() closes the listener and destroys every open socket; then exit with process.exit(0): a pending sleep is a timer that would keep Node running for up to 10 s (lesson 10, "Stopping the server: shutdown").',
        zh: "shutdown() 关闭监听并销毁每个打开的套接字；然后用 process.exit(0) 退出：还没结束的 sleep 是一个定时器，会让 Node 再运行最多 10 秒（第 10 课“停止服务器：shutdown”）。"
      },
      clauses: ["10.S6", "G12"]
    },
    {
      slug: "single-stops-on-sigterm",
      role: "server",
      title: {
        en: "in `single` mode, closes the served and the waiting connections and exits 0 on SIGTERM",
        zh: "在 `single` 模式下，收到 SIGTERM 时关闭正在服务的和正在等待的连接，并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'Keep every socket, waiting ones included, in a Set from the moment it is accepted: shutdown() destroys them all (lesson 10, "Stopping the server: shutdown").',
        zh: "每个套接字从被接受的那一刻起就放进一个 Set，等待中的也一样：shutdown() 把它们全部销毁（第 10 课“停止服务器：shutdown”）。"
      },
      clauses: ["10.S6", "G12"]
    }
  ]
};
const lesson$g = {
  number: 11,
  slug: "worker-threads",
  chapter: 7,
  title: { en: "Worker threads", zh: "工作线程" },
  roles: ["server"],
  diagram: "server-ping-during-work",
  checks: [
    {
      slug: "server-replies",
      role: "server",
      title: {
        en: "logs each client; answers `work <n>` with the hash after n rounds (n from 1 to 50000000, else an error line), `ping` with `pong`, anything else as lesson 6 did",
        zh: "记录每个客户端；用 n 轮之后的哈希回答 `work <n>`（n 从 1 到 50000000，否则回复错误行），用 `pong` 回答 `ping`，其余的行照第 6 课回答"
      },
      points: 2,
      hint: {
        en: 'A round is one SHA-256: the first over the bytes of "socket", each next one over the 32 raw bytes (digest(), not the hex) of the last. Reply `work <digits> <64 hex digits>` with the digits as they came, `007` included. Check the number before a worker sees it: 0, or more than 50000000 (a line of digits too long for a number too), gets `error: work takes 1 to 50000000 rounds` (lesson 11, "The rounds").',
        zh: '一轮就是一次 SHA-256：第一轮对 "socket" 的字节，之后每轮对上一轮的 32 个原始字节（digest() 的结果，不是十六进制）。回复 `work <数字> <64 位十六进制>`，数字照收到的原样写回，`007` 也一样。在交给工作线程之前检查数字：0 或超过 50000000（长得放不进数字的一串数字也算）回复 `error: work takes 1 to 50000000 rounds`（第 11 课“轮”）。'
      },
      clauses: ["11.S1", "G3", "G4", "G5", "G8"]
    },
    {
      slug: "server-line-rules",
      role: "server",
      title: {
        en: "follows lesson 6’s line rules: lines in pieces, many lines in one write, CRLF, split characters, `quit`",
        zh: "遵守第 6 课的行规则：分块到达的行、一次写入的多行、CRLF、被拆开的字符、`quit`"
      },
      points: 2,
      hint: {
        en: 'The line splitter of lesson 6 does not change: a buffer per connection, a StringDecoder, one `\\r` dropped before the `\\n`; `quit` closes the connection after the replies to the lines before it, with no reply of its own (lesson 6, "One write is not one read").',
        zh: "第 6 课的分行代码不变：每个连接一个缓冲区，一个 StringDecoder，去掉 `\\n` 前的一个 `\\r`；`quit` 在它之前那些行的回复之后关闭连接，自己没有回复（第 6 课“一次写不等于一次读”）。"
      },
      clauses: ["11.S1", "G8"]
    },
    {
      slug: "server-last-line-at-eof",
      role: "server",
      title: {
        en: "answers the work and the unterminated last line a client sent before its FIN, then closes",
        zh: "客户端发 FIN 之前送来的计算请求和没有换行的最后一行都要回答，然后关闭"
      },
      points: 1,
      hint: {
        en: 'A FIN means the client sends no more, not that it stopped reading. Create the server with allowHalfOpen: true and end your side yourself once every line has its reply: by default Node ends it at once, before the work is done (lesson 11, "One line at a time").',
        zh: "FIN 表示客户端不再发送，并不表示它不再读取。用 allowHalfOpen: true 创建服务器，等每一行都回复完再自己结束这一端：默认情况下 Node 会立刻结束它，那时计算还没做完（第 11 课“一次一行”）。"
      },
      clauses: ["11.S1", "11.S4"]
    },
    {
      slug: "server-line-too-long",
      role: "server",
      title: {
        en: "answers the lines before a line of more than 65536 bytes, then `error: line too long` and closes",
        zh: "先回答超过 65536 字节的行之前的行，再回复 `error: line too long` 并关闭"
      },
      points: 1,
      hint: {
        en: 'The limit of lesson 6 stays, and the error is a reply like any other: it comes in its turn, after the replies to the lines before it (lesson 11, "One line at a time").',
        zh: "第 6 课的上限不变，而且这个错误和其他回复一样：按顺序在它前面那些行的回复之后发出（第 11 课“一次一行”）。"
      },
      clauses: ["11.S1", "11.S4"]
    },
    {
      slug: "server-ping-during-work",
      role: "server",
      title: {
        en: "answers another client's `ping` while a long `work` runs",
        zh: "一个长时间的 `work` 运行时，仍然回答另一个客户端的 `ping`"
      },
      points: 2,
      hint: {
        en: 'Hashing on the main thread stops the event loop: no other socket is read until it is over. Post the rounds to a worker thread (node:worker_threads) and write the reply when its message comes back (lesson 11, "When a handler computes").',
        zh: "在主线程上算哈希会让事件循环停下：算完之前别的套接字都读不到。把轮数交给工作线程（node:worker_threads），等它的消息回来再写回复（第 11 课“当处理函数在计算时”）。"
      },
      clauses: ["11.S2", "G10"]
    },
    {
      slug: "server-pool-of-one",
      role: "server",
      title: {
        en: "with WORKERS=1, answers a second client's short work after the first client's long one",
        zh: "在 WORKERS=1 时，第二个客户端的短任务排在第一个客户端的长任务之后回答"
      },
      points: 2,
      hint: {
        en: 'Keep at most WORKERS threads and queue the work that finds them all busy, oldest first; never start a thread per request (lesson 11, "A pool of workers").',
        zh: "最多保留 WORKERS 个线程，线程都忙时把任务排队，先来的先做；不要每个请求开一个线程（第 11 课“工作线程池”）。"
      },
      clauses: ["11.S3"]
    },
    {
      slug: "server-pool-of-two",
      role: "server",
      title: {
        en: "with WORKERS=2, answers a second client's short work while the first client's long one runs",
        zh: "在 WORKERS=2 时，第一个客户端的长任务还在运行，第二个客户端的短任务就已得到回答"
      },
      points: 1,
      hint: {
        en: 'Read the pool size from WORKERS: with two threads a short job does not wait for a long one (lesson 11, "A pool of workers").',
        zh: "线程池的大小从 WORKERS 读取：有两个线程时，短任务不必等长任务（第 11 课“工作线程池”）。"
      },
      clauses: ["11.S3"]
    },
    {
      slug: "server-pool-default",
      role: "server",
      title: {
        en: "without WORKERS, runs as many jobs at once as os.availableParallelism() says",
        zh: "没有 WORKERS 时，同时运行的任务数与 os.availableParallelism() 一致"
      },
      points: 1,
      hint: {
        en: 'Unset or empty WORKERS means Math.min(os.availableParallelism(), 64) threads: one per core the process may use (lesson 11, "A pool of workers").',
        zh: "WORKERS 未设置或为空时，线程数是 Math.min(os.availableParallelism(), 64)：进程能用的每个核一个（第 11 课“工作线程池”）。"
      },
      clauses: ["11.S3"]
    },
    {
      slug: "server-workers-setting",
      role: "server",
      title: {
        en: "exits 1 with one stderr line when WORKERS is not an integer from 1 to 64, and starts when it is empty",
        zh: "WORKERS 不是 1 到 64 的整数时向 stderr 打印一行并以 1 退出，为空时正常启动"
      },
      points: 1,
      hint: {
        en: 'Check WORKERS before listening: digits only, from 1 to 64; otherwise print `WORKERS must be an integer from 1 to 64` to stderr and exit 1. Number() alone takes `1.5` and `0x10` (lesson 11, "A pool of workers").',
        zh: "监听之前检查 WORKERS：只能是数字，从 1 到 64；否则向 stderr 打印 `WORKERS must be an integer from 1 to 64` 并以 1 退出。只用 Number() 会接受 `1.5` 和 `0x10`（第 11 课“工作线程池”）。"
      },
      clauses: ["11.S3"]
    },
    {
      slug: "server-one-line-at-a-time",
      role: "server",
      title: {
        en: "answers the lines of one connection in their order, a `ping` after a `work` included",
        zh: "按顺序回答同一连接上的各行，`work` 之后的 `ping` 也排在后面"
      },
      points: 2,
      hint: {
        en: `Answer a connection's lines one at a time: keep its complete lines in a queue and take the next only once the reply to the previous one is written (lesson 11, "One line at a time").`,
        zh: "一个连接的行要一行一行地回答：把完整的行放进队列，上一行的回复写出之后才取下一行（第 11 课“一次一行”）。"
      },
      clauses: ["11.S4"]
    },
    {
      slug: "server-client-leaves",
      role: "server",
      title: {
        en: "drops the work of clients that left, running or waiting, and goes on serving the others",
        zh: "丢弃已离开的客户端的任务（无论在运行还是在排队），继续为其他客户端服务"
      },
      points: 2,
      hint: {
        en: 'When a connection closes, take its waiting work out of the queue and drop the result of its running work; an AbortController per connection does both. A rejected promise that nobody catches ends the process (lesson 11, "When a client leaves").',
        zh: "连接关闭时，把它排队中的任务移出队列，丢弃它正在运行的任务的结果；每个连接一个 AbortController 就能做到这两件事。没人捕获的被拒绝的 Promise 会让进程退出（第 11 课“当客户端离开时”）。"
      },
      clauses: ["11.S5", "G10"]
    },
    {
      slug: "server-stops-on-sigterm",
      role: "server",
      title: {
        en: "closes every connection, ends its workers and exits 0 on SIGTERM, even while work runs",
        zh: "收到 SIGTERM 时关闭所有连接、结束工作线程并以 0 退出，即使任务正在运行"
      },
      points: 1,
      hint: {
        en: 'A worker thread, busy or idle, keeps the process alive like an open socket: on SIGTERM/SIGINT close the listener, destroy every socket and terminate() every worker (lesson 11, "Stopping the workers").',
        zh: "工作线程不管忙不忙，都会像打开的套接字一样让进程继续运行：收到 SIGTERM/SIGINT 时关闭监听、销毁每个套接字，并对每个工作线程调用 terminate()（第 11 课“停止工作线程”）。"
      },
      clauses: ["11.S6", "G12"]
    }
  ]
};
const lesson$f = {
  number: 12,
  slug: "timeouts",
  chapter: 8,
  title: { en: "Time limits", zh: "时间限制" },
  roles: ["server", "client"],
  diagram: "server-idle-bye",
  checks: [
    {
      slug: "server-replies-to-lines",
      role: "server",
      title: {
        en: "replies `Return your msg: <line>` to every line, as in lesson 6",
        zh: "像第 6 课一样，对每一行回复 `Return your msg: <行>`"
      },
      points: 1,
      hint: {
        en: 'Start from your lesson 6 server: the line splitting does not change, only the idle timer is new (lesson 12, "From lesson 6").',
        zh: "从你第 6 课的服务器开始：按行拆分的部分不变，新加的只有空闲计时器（第 12 课“从第 6 课出发”）。"
      },
      clauses: ["12.S1", "06.S1"]
    },
    {
      slug: "server-line-in-pieces",
      role: "server",
      title: {
        en: "replies once to a line that arrives one byte at a time",
        zh: "对逐字节到达的一行只回复一次"
      },
      points: 1,
      hint: {
        en: 'Keep each connection\'s unfinished line in a buffer and reply only when a `\\n` completes it, as in lesson 6 (lesson 6, "One write is not one read").',
        zh: "像第 6 课那样，为每个连接保存未完成的行，只有 `\\n` 把它补完时才回复（第 6 课“一次写不等于一次读”）。"
      },
      clauses: ["12.S1", "06.S2"]
    },
    {
      slug: "server-split-characters",
      role: "server",
      title: {
        en: "keeps Chinese text and emoji intact when their bytes are split across writes",
        zh: "中文和 emoji 的字节被拆到多次写入时保持完整"
      },
      points: 1,
      hint: {
        en: 'Decode with one StringDecoder per connection, as in lesson 6 (lesson 6, "Characters split across chunks").',
        zh: "像第 6 课那样，每个连接用一个 StringDecoder 解码（第 6 课“被拆开的字符”）。"
      },
      clauses: ["12.S1", "06.S3", "G8"]
    },
    {
      slug: "server-quit",
      role: "server",
      title: {
        en: "closes the connection without a reply on a `quit` line",
        zh: "读到 `quit` 行时不回复并关闭连接"
      },
      points: 1,
      hint: {
        en: 'Compare the whole line (its `\\r` dropped) with `quit` and end the connection without a reply, as in lesson 6 (lesson 6, "Leaving with quit").',
        zh: "把整行（去掉 `\\r`）与 `quit` 比较，相同就不回复、结束连接，和第 6 课一样（第 6 课“用 quit 离开”）。"
      },
      clauses: ["12.S1", "06.S4"]
    },
    {
      slug: "server-last-line-at-eof",
      role: "server",
      title: {
        en: "answers a last line with no newline when the client half-closes, then closes",
        zh: "客户端半关闭时回复没有换行的最后一行，然后关闭"
      },
      points: 1,
      hint: {
        en: `On 'end', answer what is left in the buffer and the decoder, as in lesson 6 (lesson 6, "CRLF and the last line").`,
        zh: "在 'end' 时回复缓冲区和解码器里剩下的内容，和第 6 课一样（第 6 课“CRLF 与最后一行”）。"
      },
      clauses: ["12.S1", "06.S5"]
    },
    {
      slug: "server-line-too-long",
      role: "server",
      title: {
        en: "answers `error: line too long` and closes on a line of 65537 bytes",
        zh: "遇到 65537 字节的一行时回复 `error: line too long` 并关闭"
      },
      points: 1,
      hint: {
        en: 'Measure lines in bytes (Buffer.byteLength) and keep the 65536-byte limit of lesson 6 (lesson 6, "A limit on line length").',
        zh: "按字节（Buffer.byteLength）计算行长，保留第 6 课 65536 字节的上限（第 6 课“行长度的上限”）。"
      },
      clauses: ["12.S1", "06.S6"]
    },
    {
      slug: "server-idle-bye",
      role: "server",
      title: {
        en: "says `bye: idle for <ms> ms` and ends a silent connection after IDLE_TIMEOUT_MS, never early and never twice as late",
        zh: "连接沉默 IDLE_TIMEOUT_MS 后发送 `bye: idle for <ms> ms` 并结束它，不早，也不晚到两倍"
      },
      points: 2,
      hint: {
        en: `Start one timer per connection when it is accepted; when it fires, write the bye line and call socket.end(). socket.setTimeout() only emits 'timeout': the socket stays open until you end it (lesson 12, "The idle limit").`,
        zh: "每个连接在被接受时启动一个计时器；计时器到点时写出 bye 行并调用 socket.end()。socket.setTimeout() 只会发出 'timeout' 事件：你不结束它，套接字就一直开着（第 12 课“空闲限制”）。"
      },
      clauses: ["12.S2", "12.S3"]
    },
    {
      slug: "server-idle-restarts-on-bytes",
      role: "server",
      title: {
        en: "keeps a connection open while a line arrives in pieces slower than the limit allows for the whole line",
        zh: "一行分成多块慢慢到达、整行耗时超过限制时，连接仍保持打开"
      },
      points: 2,
      hint: {
        en: `Restart the idle timer on every 'data' chunk (timer.refresh()), not only on complete lines: half a line is the client speaking too (lesson 12, "Every byte counts").`,
        zh: "每个 'data' 块都要重启空闲计时器（timer.refresh()），而不只是完整的行：半行也是客户端在说话（第 12 课“每个字节都算数”）。"
      },
      clauses: ["12.S2"]
    },
    {
      slug: "server-idle-per-connection",
      role: "server",
      title: {
        en: "ends the silent client only, while another one keeps talking",
        zh: "只结束沉默的客户端，另一个客户端照常交谈"
      },
      points: 1,
      hint: {
        en: 'Each connection needs its own timer, made in the connection handler: one timer for the whole server is kept alive by any client and ends them all (lesson 12, "The idle limit").',
        zh: "每个连接都要有自己的计时器，在连接处理函数里创建：整个服务器共用一个计时器，任何客户端都能让它续命，到点时又会把所有人都结束（第 12 课“空闲限制”）。"
      },
      clauses: ["12.S2", "G10"]
    },
    {
      slug: "server-rejects-bad-limits",
      role: "server",
      title: {
        en: "refuses an IDLE_TIMEOUT_MS that is not an integer from 1 to 2147483647",
        zh: "拒绝不是 1 到 2147483647 之间整数的 IDLE_TIMEOUT_MS"
      },
      points: 1,
      hint: {
        en: 'Check the text before you use it: digits only, from 1 to 2147483647. A longer Node timer fires after 1 ms. Otherwise print `IDLE_TIMEOUT_MS must be an integer from 1 to 2147483647 ms` to stderr and exit 1 (lesson 12, "Reading a limit").',
        zh: "使用之前先检查文本：只能是数字，范围 1 到 2147483647。超过这个值的 Node 计时器会在 1 毫秒后触发。否则向 stderr 打印 `IDLE_TIMEOUT_MS must be an integer from 1 to 2147483647 ms` 并以 1 退出（第 12 课“读取限制值”）。"
      },
      clauses: ["12.B1"]
    },
    {
      slug: "server-survives-reset",
      role: "server",
      title: {
        en: "goes on serving other clients after one resets the connection mid-line",
        zh: "一个客户端在一行中途重置连接后，继续为其他客户端服务"
      },
      points: 1,
      hint: {
        en: `Handle 'error' on every socket (a reset is ECONNRESET), and clear that connection's timer when it closes (lesson 6, "When a client vanishes").`,
        zh: "在每个套接字上处理 'error'（重置就是 ECONNRESET），连接关闭时清掉它的计时器（第 6 课“客户端突然消失”）。"
      },
      clauses: ["G10"]
    },
    {
      slug: "server-stops-on-sigterm",
      role: "server",
      title: {
        en: "closes every connection and exits 0 on SIGTERM",
        zh: "收到 SIGTERM 时关闭所有连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT close the listener, destroy every open socket and exit 0: a pending idle timer would otherwise keep Node running (lesson 6, "Stopping the server").',
        zh: "收到 SIGTERM/SIGINT 时关闭监听、销毁所有打开的套接字并以 0 退出：否则还在等待的空闲计时器会让 Node 一直运行（第 6 课“停止服务器”）。"
      },
      clauses: ["G12"]
    },
    {
      slug: "client-sends-lines",
      role: "client",
      title: {
        en: "sends each input line with `\\n` and prints each reply, as in lesson 6",
        zh: "像第 6 课一样，发送每行输入（带 `\\n`）并打印每条回复"
      },
      points: 1,
      hint: {
        en: 'Start from your lesson 6 client: lines go out untrimmed with `\\n`, replies are read as lines (lesson 12, "From lesson 6").',
        zh: "从你第 6 课的客户端开始：每行不去空白、加 `\\n` 发出，回复按行读取（第 12 课“从第 6 课出发”）。"
      },
      clauses: ["12.C1", "06.C1", "06.C3"]
    },
    {
      slug: "client-reply-in-pieces",
      role: "client",
      title: {
        en: "prints a reply that arrives in pieces as one line",
        zh: "把分块到达的回复作为一行打印"
      },
      points: 1,
      hint: {
        en: 'Read the socket as lines with readline.createInterface({ input: socket }), as in lesson 6 (lesson 6, "The client reads lines").',
        zh: "像第 6 课那样，用 readline.createInterface({ input: socket }) 按行读取套接字（第 6 课“客户端按行读”）。"
      },
      clauses: ["12.C1", "06.C3"]
    },
    {
      slug: "client-quit",
      role: "client",
      title: {
        en: "sends `quit` and exits 0 when the server closes, without waiting for a reply",
        zh: "发送 `quit`，服务器关闭时以 0 退出，不等待回复"
      },
      points: 1,
      hint: {
        en: 'Send `quit\\n`, stop reading stdin and start no reply timer for it: the server answers `quit` by closing (lesson 12, "A limit on each reply").',
        zh: "发送 `quit\\n`，停止读 stdin，不要为它启动回复计时器：服务器对 `quit` 的回答就是关闭连接（第 12 课“每条回复的时限”）。"
      },
      clauses: ["12.C1", "12.C3", "06.C1"]
    },
    {
      slug: "client-exit",
      role: "client",
      title: {
        en: "ends the connection without sending `exit` and exits 0",
        zh: "不发送 `exit`，结束连接并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'A line whose trimmed text is `exit` is for the client: end the socket, stop reading stdin and exit 0 once the server has closed too (lesson 6, "Leaving: exit, quit and end of input").',
        zh: "去掉空白后是 `exit` 的行是给客户端的：结束套接字，停止读 stdin，等服务器也关闭后以 0 退出（第 6 课“离开：exit、quit 与输入结束”）。"
      },
      clauses: ["12.C1", "06.C2", "G11"]
    },
    {
      slug: "client-ends-at-eof",
      role: "client",
      title: {
        en: "sends the last line, prints its reply and exits 0 at the end of its input",
        zh: "输入结束时发出最后一行、打印它的回复并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'At the end of stdin, end the socket but keep reading: the last reply may still be on its way. Exit 0 once the server has closed (lesson 6, "Leaving: exit, quit and end of input").',
        zh: "stdin 结束时结束套接字，但继续读：最后一条回复可能还在路上。服务器关闭后以 0 退出（第 6 课“离开：exit、quit 与输入结束”）。"
      },
      clauses: ["12.C1", "06.C2", "G11"]
    },
    {
      slug: "client-server-closed-first",
      role: "client",
      title: {
        en: "says so in one line and exits 1 when the server closes or resets first",
        zh: "服务器先关闭或重置连接时用一行说明并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Watch the socket's 'close' (and 'error', for a reset): if you did not decide to leave, print one line to stderr, stop reading stdin and exit 1 (lesson 6, "When the server leaves first").`,
        zh: "一直关注套接字的 'close'（重置时还有 'error'）：如果不是你决定离开，就向 stderr 打印一行，停止读 stdin，以 1 退出（第 6 课“服务器先离开时”）。"
      },
      clauses: ["12.C1", "06.C4"]
    },
    {
      slug: "client-prints-bye",
      role: "client",
      title: {
        en: "prints the server's `bye: …` line like a reply, then says in one line that the server closed and exits 1",
        zh: "像回复一样打印服务器的 `bye: …` 行，然后用一行说明服务器已关闭并以 1 退出"
      },
      points: 1,
      hint: {
        en: 'A server may speak first: print every line that arrives, even when no line of yours is waiting for it. The close that follows is the server leaving first (lesson 12, "A limit on each reply").',
        zh: "服务器也可能先开口：到达的每一行都要打印，即使你没有在等它。随后的关闭就是服务器先离开（第 12 课“每条回复的时限”）。"
      },
      clauses: ["12.C1", "06.C4"]
    },
    {
      slug: "client-refused-at-once",
      role: "client",
      title: {
        en: "fails at once with one line naming the address when the connection is refused, long before its connect limit",
        zh: "连接被拒绝时立即失败，用一行说出地址，远早于连接时限"
      },
      points: 1,
      hint: {
        en: `A refusal is an answer (RST): the 'error' event comes at once. Report it right away with one stderr line and exit 1; don't wait for the connect timer or try again (lesson 12, "Why a connect can hang").`,
        zh: "拒绝也是一种回答（RST）：'error' 事件立刻就来。马上用一行 stderr 报告并以 1 退出；不要等连接计时器，也不要重试（第 12 课“连接为什么会卡住”）。"
      },
      clauses: ["12.C2", "G9"]
    },
    {
      slug: "client-connect-timeout",
      role: "client",
      title: {
        en: "gives up on a connect that gets no answer after CONNECT_TIMEOUT_MS with `cannot connect to <host>:<port>: timed out after <ms> ms`",
        zh: "连接得不到回答时，在 CONNECT_TIMEOUT_MS 后以 `cannot connect to <host>:<port>: timed out after <ms> ms` 放弃"
      },
      points: 2,
      hint: {
        en: `A SYN nobody answers leaves connect() pending for minutes. Wait for 'connect' with a limit: once(socket, 'connect', { signal: AbortSignal.timeout(ms) }); on the abort destroy the socket, print the line and exit 1 (lesson 12, "A limit on the connect").`,
        zh: "没人回应的 SYN 会让 connect() 挂上好几分钟。等待 'connect' 时加上时限：once(socket, 'connect', { signal: AbortSignal.timeout(ms) })；中止时销毁套接字，打印那一行并以 1 退出（第 12 课“给连接加时限”）。"
      },
      clauses: ["12.C2", "12.C4", "G9"]
    },
    {
      slug: "client-connect-limit-over",
      role: "client",
      title: {
        en: "keeps a session going long after CONNECT_TIMEOUT_MS once it is connected",
        zh: "连上之后，会话持续到远超 CONNECT_TIMEOUT_MS 也照常进行"
      },
      points: 1,
      hint: {
        en: 'The connect limit ends when the connection is up: clear its timer (or let once() drop its signal). A timer left running cuts a good session off (lesson 12, "A limit on the connect").',
        zh: "连接一建立，连接时限就结束了：清掉它的计时器（或让 once() 放开它的 signal）。留着计时器继续跑，会把好好的会话切断（第 12 课“给连接加时限”）。"
      },
      clauses: ["12.C2"]
    },
    {
      slug: "client-reply-timeout",
      role: "client",
      title: {
        en: "says `no reply within <ms> ms`, ends the connection and exits 1 when a reply is REPLY_TIMEOUT_MS late, never early and never twice as late",
        zh: "回复迟到 REPLY_TIMEOUT_MS 时打印 `no reply within <ms> ms`、结束连接并以 1 退出，不早，也不晚到两倍"
      },
      points: 2,
      hint: {
        en: 'Start a timer when you send a line and clear it when its reply line arrives. When it fires: one stderr line, socket.end(), stop reading stdin, print nothing that comes later, exit 1 (lesson 12, "A limit on each reply").',
        zh: "发出一行时启动计时器，它的回复行到达时清掉。计时器到点时：一行 stderr、socket.end()、停止读 stdin、之后到达的内容一概不打印、以 1 退出（第 12 课“每条回复的时限”）。"
      },
      clauses: ["12.C3", "12.C4", "G11"]
    },
    {
      slug: "client-reply-timer-per-line",
      role: "client",
      title: {
        en: "times each line it sends: a reply that trickles in without its `\\n`, or one owed for a second line, still runs out",
        zh: "为发出的每一行单独计时：没有 `\\n` 的回复一点点到达，或者第二行欠着的回复，照样会超时"
      },
      points: 2,
      hint: {
        en: 'Keep one timer per line sent, in order, and clear the oldest only when a whole reply line arrives. An idle timer (socket.setTimeout) is kept alive by any byte, and one shared timer cleared by the first reply forgets the second line (lesson 12, "A limit on each reply").',
        zh: "为每个发出的行按顺序各留一个计时器，只有完整的回复行到达时才清掉最早的那个。空闲计时器（socket.setTimeout）会被任何字节续命；被第一条回复清掉的共用计时器会忘了第二行（第 12 课“每条回复的时限”）。"
      },
      clauses: ["12.C3"]
    },
    {
      slug: "client-rejects-bad-limits",
      role: "client",
      title: {
        en: "refuses a CONNECT_TIMEOUT_MS or REPLY_TIMEOUT_MS that is not an integer from 1 to 2147483647",
        zh: "拒绝不是 1 到 2147483647 之间整数的 CONNECT_TIMEOUT_MS 或 REPLY_TIMEOUT_MS"
      },
      points: 1,
      hint: {
        en: 'Check each limit before connecting: digits only, from 1 to 2147483647; otherwise print `<NAME> must be an integer from 1 to 2147483647 ms` to stderr and exit 1 (lesson 12, "Reading a limit").',
        zh: "连接之前检查每个限制值：只能是数字，范围 1 到 2147483647；否则向 stderr 打印 `<名字> must be an integer from 1 to 2147483647 ms` 并以 1 退出（第 12 课“读取限制值”）。"
      },
      clauses: ["12.B1"]
    }
  ]
};
const lesson$e = {
  number: 13,
  slug: "families",
  chapter: 8,
  title: { en: "IPv6 and Unix sockets", zh: "IPv6 与 Unix 套接字" },
  roles: ["server", "client"],
  diagram: "server-dual-stack",
  checks: [
    {
      slug: "server-line-echo",
      role: "server",
      title: {
        en: "answers lines over IPv4 as in lesson 6, to two clients at once, however the lines are cut",
        zh: "像第 6 课一样通过 IPv4 回答每一行，同时服务两个客户端，不论行被怎样切开"
      },
      points: 2,
      hint: {
        en: 'The echo itself is lesson 6\'s: a buffer and a StringDecoder per connection, one reply per `\\n`, a `\\r` before it dropped. Print `listening on 127.0.0.1:<port>` and `connected from <ip>:<port>` (lesson 13, "Address families").',
        zh: "回声本身就是第 6 课的：每个连接一个缓冲区和一个 StringDecoder，每个 `\\n` 一条回复，去掉它前面的 `\\r`。打印 `listening on 127.0.0.1:<port>` 和 `connected from <ip>:<port>`（第 13 课“地址族”）。"
      },
      clauses: ["13.S1", "G4", "G5", "G8"]
    },
    {
      slug: "server-quit-eof-and-limit",
      role: "server",
      title: {
        en: "closes on `quit`, answers a last line at EOF, and refuses a line longer than 65536 bytes",
        zh: "收到 `quit` 时关闭，输入结束时回答最后一行，拒绝超过 65536 字节的行"
      },
      points: 1,
      hint: {
        en: "Lesson 6's rules, unchanged: `quit` closes with no reply; at the client's FIN, answer what is left of the line; a line of more than 65536 bytes gets `error: line too long` and a close (lesson 6, \"A limit on line length\").",
        zh: "第 6 课的规则不变：`quit` 不回复直接关闭；客户端发来 FIN 时回答剩下的半行；超过 65536 字节的行得到 `error: line too long` 然后关闭（第 6 课“行长度的上限”）。"
      },
      clauses: ["13.S1"]
    },
    {
      slug: "server-ipv6-loopback",
      role: "server",
      title: {
        en: "listens on ::1 and writes IPv6 addresses in brackets in its ready and log lines",
        zh: "在 ::1 上监听，就绪行和日志行里的 IPv6 地址写在方括号中"
      },
      points: 2,
      hint: {
        en: 'Node gives IPv6 addresses bare (`::1`); write them as `[::1]:<port>`, or nobody can tell the port from the address. net.isIPv6() tells which addresses need brackets (lesson 13, "IPv6 addresses in brackets").',
        zh: "Node 给出的 IPv6 地址不带括号（`::1`）；要写成 `[::1]:<port>`，否则没人分得清哪里是地址、哪里是端口。用 net.isIPv6() 判断哪些地址要加括号（第 13 课“方括号里的 IPv6 地址”）。"
      },
      clauses: ["13.S2", "G4", "G5"]
    },
    {
      slug: "server-dual-stack",
      role: "server",
      title: {
        en: "on `::` serves IPv6 and IPv4 clients, and logs an IPv4 client as [::ffff:127.0.0.1]",
        zh: "在 `::` 上同时服务 IPv6 和 IPv4 客户端，并把 IPv4 客户端记为 [::ffff:127.0.0.1]"
      },
      points: 2,
      hint: {
        en: 'Listen on HOST as given: on `::` Linux also accepts IPv4 clients, and socket.remoteAddress shows them as `::ffff:127.0.0.1`, an IPv6 address: in brackets too (lesson 13, "Dual stack and IPv4-mapped addresses").',
        zh: "按 HOST 原样监听：在 `::` 上 Linux 也接受 IPv4 客户端，socket.remoteAddress 把它们显示为 `::ffff:127.0.0.1`，这是 IPv6 地址，也要加方括号（第 13 课“双栈与 IPv4 映射地址”）。"
      },
      clauses: ["13.S2"]
    },
    {
      slug: "server-address-in-use",
      role: "server",
      title: {
        en: "says `address already in use: <host>:<port>` in one line when the port is taken",
        zh: "端口已被占用时用一行说明 `address already in use: <host>:<port>`"
      },
      points: 1,
      hint: {
        en: `Listen for the server's 'error' event: EADDRINUSE means another listener has the address. Print one stderr line and exit 1; without a listener Node prints a stack trace (lesson 13, "Address already in use").`,
        zh: "监听 server 的 'error' 事件：EADDRINUSE 表示另一个监听者占着这个地址。向 stderr 打印一行并以 1 退出；没有监听函数时 Node 会打印调用栈（第 13 课“地址已被占用”）。"
      },
      clauses: ["13.S3", "G9"]
    },
    {
      slug: "server-ipv6-address-in-use",
      role: "server",
      title: {
        en: "writes an IPv6 host in brackets when its address is taken",
        zh: "地址被占用时把 IPv6 主机写在方括号里"
      },
      points: 1,
      hint: {
        en: 'The address in the message is HOST and PORT as given, an IPv6 host in brackets: `address already in use: [::1]:<port>` (lesson 13, "Address already in use").',
        zh: "消息里的地址就是给定的 HOST 和 PORT，IPv6 主机加方括号：`address already in use: [::1]:<port>`（第 13 课“地址已被占用”）。"
      },
      clauses: ["13.S3"]
    },
    {
      slug: "server-unix-socket",
      role: "server",
      title: {
        en: "with SOCKET_PATH listens on that Unix socket, logs `connected from unix` and answers lines",
        zh: "设置 SOCKET_PATH 时在该 Unix 套接字上监听，打印 `connected from unix` 并回答每一行"
      },
      points: 2,
      hint: {
        en: 'server.listen(SOCKET_PATH) makes an AF_UNIX socket; print `listening on unix:<path>`. Its peers have no address (remoteAddress is undefined): log `connected from unix` (lesson 13, "A Unix socket is a file").',
        zh: "server.listen(SOCKET_PATH) 创建 AF_UNIX 套接字；打印 `listening on unix:<path>`。它的对端没有地址（remoteAddress 是 undefined）：打印 `connected from unix`（第 13 课“Unix 套接字是一个文件”）。"
      },
      clauses: ["13.S4", "13.S1"]
    },
    {
      slug: "server-removes-leftover-socket",
      role: "server",
      title: {
        en: "removes a dead server's leftover socket file and listens",
        zh: "删除已死服务器留下的套接字文件，然后监听"
      },
      points: 2,
      hint: {
        en: 'A socket file nobody listens on makes listen() fail with EADDRINUSE. If lstat says it is a socket and a connection to it is refused, unlink it first (lesson 13, "Leftover socket files").',
        zh: "没人监听的套接字文件会让 listen() 以 EADDRINUSE 失败。如果 lstat 说它是套接字，并且连接它被拒绝，就先把它删掉（第 13 课“遗留的套接字文件”）。"
      },
      clauses: ["13.S5"]
    },
    {
      slug: "server-keeps-other-files",
      role: "server",
      title: {
        en: "refuses to listen on a path that is not a socket, and leaves the file alone",
        zh: "路径上不是套接字时拒绝监听，并且不碰那个文件"
      },
      points: 2,
      hint: {
        en: 'A connect to a regular file is refused too, so "refused" alone does not mean a leftover socket. Look first with lstat(): not a socket, print `cannot listen on <path>: not a socket` and exit 1 (lesson 13, "Leftover socket files").',
        zh: "连接一个普通文件也会被拒绝，所以只凭“被拒绝”不能断定是遗留的套接字。先用 lstat() 看：不是套接字，就打印 `cannot listen on <path>: not a socket` 并以 1 退出（第 13 课“遗留的套接字文件”）。"
      },
      clauses: ["13.S5"]
    },
    {
      slug: "server-unix-in-use",
      role: "server",
      title: {
        en: "says `address already in use: <path>` when a server listens on the path, and leaves that server's file",
        zh: "路径上已有服务器监听时说明 `address already in use: <path>`，并保留那个服务器的文件"
      },
      points: 2,
      hint: {
        en: 'A socket that accepts a connection belongs to a live server: never remove it. Print `address already in use: <path>` and exit 1 (lesson 13, "Leftover socket files").',
        zh: "能接受连接的套接字属于一个活着的服务器：绝不能删。打印 `address already in use: <path>` 并以 1 退出（第 13 课“遗留的套接字文件”）。"
      },
      clauses: ["13.S5"]
    },
    {
      slug: "server-removes-socket-on-exit",
      role: "server",
      title: {
        en: "removes its socket file when it stops on SIGINT",
        zh: "收到 SIGINT 停止时删除自己的套接字文件"
      },
      points: 1,
      hint: {
        en: 'process.exit() leaves the socket file behind: call server.close() first, which removes it, then exit 0 (lesson 13, "Cleaning up on exit").',
        zh: "process.exit() 会把套接字文件留下：先调用 server.close()，它会删除文件，然后以 0 退出（第 13 课“退出时清理”）。"
      },
      clauses: ["13.S6", "G12"]
    },
    {
      slug: "server-survives-reset",
      role: "server",
      title: {
        en: "goes on serving others when one client resets the connection",
        zh: "一个客户端重置连接时继续服务其他客户端"
      },
      points: 1,
      hint: {
        en: `Handle 'error' on every socket (a reset is ECONNRESET): it ends that conversation, not the server (lesson 6, "When a client vanishes").`,
        zh: "在每个套接字上处理 'error'（重置就是 ECONNRESET）：它结束的是那一段对话，而不是服务器（第 6 课“客户端突然消失”）。"
      },
      clauses: ["13.S1", "G10"]
    },
    {
      slug: "server-stops-on-sigterm",
      role: "server",
      title: {
        en: "stops with exit code 0 on SIGTERM, closing every connection",
        zh: "收到 SIGTERM 时关闭所有连接并以退出码 0 停止"
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT close the listener, destroy every open socket and exit 0 (lesson 13, "Cleaning up on exit").',
        zh: "收到 SIGTERM/SIGINT 时关闭监听、销毁每个打开的套接字并以 0 退出（第 13 课“退出时清理”）。"
      },
      clauses: ["G12"]
    },
    {
      slug: "client-line-echo",
      role: "client",
      title: {
        en: "sends each line and prints each reply as a line, however the reply is cut",
        zh: "发送每一行，并把每条回复按行打印，不论回复被怎样切开"
      },
      points: 2,
      hint: {
        en: 'Lesson 6\'s client: every typed line goes out as `<line>\\n`, `quit` included; replies are read with readline over the socket (lesson 6, "The client reads lines").',
        zh: "第 6 课的客户端：每个输入行以 `<line>\\n` 发出，`quit` 也一样；回复用套接字上的 readline 读取（第 6 课“客户端按行读”）。"
      },
      clauses: ["13.C1", "G6", "G7", "G8"]
    },
    {
      slug: "client-ipv6",
      role: "client",
      title: {
        en: "connects to an IPv6 HOST such as ::1",
        zh: "连接 ::1 这样的 IPv6 HOST"
      },
      points: 1,
      hint: {
        en: 'net.connect({ host: HOST, port: PORT }) takes an IPv6 address as it is, without brackets (lesson 13, "The client picks the family").',
        zh: "net.connect({ host: HOST, port: PORT }) 直接接受 IPv6 地址，不加方括号（第 13 课“客户端选择地址族”）。"
      },
      clauses: ["13.C1"]
    },
    {
      slug: "client-ipv6-refused",
      role: "client",
      title: {
        en: "names an IPv6 address in brackets when the connection is refused",
        zh: "连接被拒绝时把 IPv6 地址写在方括号里"
      },
      points: 1,
      hint: {
        en: 'The message names the address as `[::1]:<port>`: brackets around an IPv6 host, as in the ready line; one stderr line, exit 1 (lesson 13, "IPv6 addresses in brackets").',
        zh: "消息里的地址写成 `[::1]:<port>`：IPv6 主机加方括号，和就绪行一样；stderr 一行，以 1 退出（第 13 课“方括号里的 IPv6 地址”）。"
      },
      clauses: ["13.C1", "G9"]
    },
    {
      slug: "client-unix",
      role: "client",
      title: {
        en: "with SOCKET_PATH connects to that Unix socket and talks lines",
        zh: "设置 SOCKET_PATH 时连接该 Unix 套接字并按行通信"
      },
      points: 2,
      hint: {
        en: 'With SOCKET_PATH set, connect with net.connect({ path: SOCKET_PATH }); everything after the connect is unchanged (lesson 13, "The client picks the family").',
        zh: "设置了 SOCKET_PATH 时用 net.connect({ path: SOCKET_PATH }) 连接；连接之后的一切都不变（第 13 课“客户端选择地址族”）。"
      },
      clauses: ["13.C2"]
    },
    {
      slug: "client-unix-missing",
      role: "client",
      title: {
        en: "says `cannot connect to unix:<path>: no such file` when the socket file is missing",
        zh: "套接字文件不存在时说明 `cannot connect to unix:<path>: no such file`"
      },
      points: 1,
      hint: {
        en: 'A missing path fails with ENOENT: print `cannot connect to unix:<path>: no such file` to stderr and exit 1 (lesson 13, "The client picks the family").',
        zh: "路径不存在时错误是 ENOENT：向 stderr 打印 `cannot connect to unix:<path>: no such file` 并以 1 退出（第 13 课“客户端选择地址族”）。"
      },
      clauses: ["13.C2", "G9"]
    },
    {
      slug: "client-unix-refused",
      role: "client",
      title: {
        en: "says `cannot connect to unix:<path>: connection refused` when nobody listens on the socket file",
        zh: "套接字文件上没人监听时说明 `cannot connect to unix:<path>: connection refused`"
      },
      points: 1,
      hint: {
        en: 'A socket file with no server behind it refuses the connection (ECONNREFUSED), like a closed port: print `cannot connect to unix:<path>: connection refused` and exit 1 (lesson 13, "Leftover socket files").',
        zh: "背后没有服务器的套接字文件会拒绝连接（ECONNREFUSED），就像关闭的端口：打印 `cannot connect to unix:<path>: connection refused` 并以 1 退出（第 13 课“遗留的套接字文件”）。"
      },
      clauses: ["13.C2", "G9"]
    },
    {
      slug: "client-exit",
      role: "client",
      title: {
        en: "exits 0 on an `exit` line without sending it",
        zh: "读到 `exit` 行时不发送它并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'Compare the trimmed line with `exit` before sending; on a match stop reading stdin and end the connection (lesson 6, "Leaving: exit, quit and end of input").',
        zh: "发送前把去掉空白的行和 `exit` 比较；相同就停止读 stdin 并结束连接（第 6 课“离开：exit、quit 与输入结束”）。"
      },
      clauses: ["13.C1", "G11"]
    },
    {
      slug: "client-ends-at-eof",
      role: "client",
      title: {
        en: "sends the last line, prints its reply and exits 0 at the end of its input",
        zh: "输入结束时发出最后一行、打印它的回复并以 0 退出"
      },
      points: 1,
      hint: {
        en: 'At the end of input send FIN with socket.end() but go on reading: the last reply is still on its way (lesson 6, "Leaving: exit, quit and end of input").',
        zh: "输入结束时用 socket.end() 发送 FIN，但继续读：最后一条回复还在路上（第 6 课“离开：exit、quit 与输入结束”）。"
      },
      clauses: ["13.C1", "G11"]
    },
    {
      slug: "client-server-closed-first",
      role: "client",
      title: {
        en: "says in one stderr line that the server left and exits 1",
        zh: "服务器先离开时在 stderr 说一行并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Watch the socket's 'close' (and 'error', for a reset) all the time: if you did not decide to leave, print one line to stderr, stop reading stdin and exit 1 (lesson 6, "When the server leaves first").`,
        zh: "一直关注套接字的 'close'（重置时还有 'error'）：如果不是你决定离开，就向 stderr 打印一行，停止读 stdin，以 1 退出（第 6 课“服务器先离开时”）。"
      },
      clauses: ["13.C1", "G9"]
    },
    {
      slug: "client-refused",
      role: "client",
      title: {
        en: "names the address and exits 1 when no server is listening",
        zh: "没有服务器监听时说出地址并以 1 退出"
      },
      points: 1,
      hint: {
        en: `Handle the connection's 'error' before it is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, "When nobody answers").`,
        zh: "在连接建立之前就处理 'error'：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。"
      },
      clauses: ["13.C1", "G9"]
    }
  ]
};
const course = [lesson$q, lesson$p, lesson$o, lesson$n, lesson$m, lesson$l, lesson$k, lesson$j, lesson$i, lesson$h, lesson$g, lesson$f, lesson$e];
const chapters = [
  { number: 1, title: { en: "What a socket is: the single echo", zh: "什么是套接字：单次回声" } },
  { number: 2, title: { en: "The communication loop", zh: "通信循环" } },
  { number: 3, title: { en: "The connection loop", zh: "连接循环" } },
  { number: 4, title: { en: "Concurrent chat", zh: "并发聊天" } },
  { number: 5, title: { en: "Framing: makefile, lines and lengths", zh: "分帧：makefile、行与长度" } },
  { number: 6, title: { en: "UDP", zh: "UDP" } },
  { number: 7, title: { en: "Server frameworks: socketserver, the Node way", zh: "服务器框架：Node 方式的 socketserver" } },
  { number: 8, title: { en: "Timeouts, errors and other families", zh: "超时、错误与其他地址族" } }
];
function completeLesson(info) {
  const number = String(info.number).padStart(2, "0");
  return {
    ...info,
    dir: `${number}-${info.slug}`,
    defaultPort: 9e3 + info.number,
    checks: info.checks.map((check2) => ({ ...check2, id: `${number}/${check2.slug}`, lesson: info.number }))
  };
}
const lessons = course.map(completeLesson);
function findLesson(key) {
  const text = String(key).trim();
  if (/^\d+$/.test(text)) return lessons.find((lesson2) => lesson2.number === Number(text));
  return lessons.find((lesson2) => lesson2.dir === text || lesson2.slug === text);
}
function findCheck(id) {
  return lessons.flatMap((lesson2) => lesson2.checks).find((check2) => check2.id === id);
}
function languageRoot(language) {
  return language === "en" ? "/" : `/${language}/`;
}
function pageLink(path, language) {
  return languageRoot(language) + (path === "index" ? "" : path);
}
function lessonPath(lesson2) {
  return `lessons/${lesson2.dir}`;
}
function lessonOfPage(sourcePath) {
  const match = /(?:^|\/)(en|zh)\/lessons\/(\d\d-[a-z0-9-]+)\.md$/.exec(sourcePath);
  if (!match) return void 0;
  const lesson2 = findLesson(match[2]);
  return lesson2 && { lesson: lesson2, language: match[1] };
}
function languageOfPage(sourcePath) {
  return sourcePath.startsWith("zh/") ? "zh" : "en";
}
const _sfc_main$5 = /* @__PURE__ */ defineComponent({
  __name: "DiagramSvg",
  __ssrInlineRender: true,
  props: {
    layout: {},
    label: {},
    idPrefix: {}
  },
  setup(__props) {
    const markerKinds = ["data", "connect", "end", "reset", "stdin"];
    const arrowStyle = (kind) => markerKinds.includes(kind) ? kind : "data";
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "diagram-scroll" }, _attrs))} data-v-4b1134c7><svg${ssrRenderAttr("viewBox", `0 0 ${__props.layout.width} ${__props.layout.height}`)}${ssrRenderAttr("width", __props.layout.width)}${ssrRenderAttr("height", __props.layout.height)} role="img"${ssrRenderAttr("aria-label", __props.label)} data-v-4b1134c7><defs data-v-4b1134c7><!--[-->`);
      ssrRenderList(markerKinds, (kind) => {
        _push(`<marker${ssrRenderAttr("id", `${__props.idPrefix}-head-${kind}`)} class="${ssrRenderClass(`cd-marker cd-${kind}`)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse" data-v-4b1134c7><path d="M 0 0 L 10 5 L 0 10 z" data-v-4b1134c7></path></marker>`);
      });
      _push(`<!--]--></defs><!--[-->`);
      ssrRenderList(__props.layout.participants, (p) => {
        _push(`<g class="${ssrRenderClass(["cd-participant", p.learner ? "cd-learner" : "cd-reference"])}" data-v-4b1134c7><line${ssrRenderAttr("x1", p.x)}${ssrRenderAttr("y1", __props.layout.headerY + __props.layout.headerHeight)}${ssrRenderAttr("x2", p.x)}${ssrRenderAttr("y2", p.lifelineEnd)} class="cd-lifeline" data-v-4b1134c7></line><rect${ssrRenderAttr("x", p.x - p.headerWidth / 2)}${ssrRenderAttr("y", __props.layout.headerY)}${ssrRenderAttr("width", p.headerWidth)}${ssrRenderAttr("height", __props.layout.headerHeight)} rx="6" data-v-4b1134c7></rect><text${ssrRenderAttr("x", p.x)}${ssrRenderAttr("y", __props.layout.headerY + 20)} text-anchor="middle" data-v-4b1134c7>${ssrInterpolate(p.label)}</text></g>`);
      });
      _push(`<!--]--><!--[-->`);
      ssrRenderList(__props.layout.items, (item, index) => {
        _push(`<g class="${ssrRenderClass(["cd-item", `cd-${item.kind}`])}" data-v-4b1134c7><title data-v-4b1134c7>${ssrInterpolate(item.title)}</title>`);
        if (item.type === "arrow") {
          _push(`<!--[--><line${ssrRenderAttr("x1", item.x1)}${ssrRenderAttr("y1", item.y + 26)}${ssrRenderAttr("x2", item.x2 + (item.x2 > item.x1 ? -2 : 2))}${ssrRenderAttr("y2", item.y + 26)} class="cd-arrow"${ssrRenderAttr("marker-end", `url(#${__props.idPrefix}-head-${arrowStyle(item.kind)})`)} data-v-4b1134c7></line><text${ssrRenderAttr("x", (item.x1 + item.x2) / 2)}${ssrRenderAttr("y", item.y + 18)} text-anchor="middle" data-v-4b1134c7>${ssrInterpolate(item.label)}</text><!--]-->`);
        } else {
          _push(`<!--[--><rect${ssrRenderAttr("x", item.x - item.width / 2)}${ssrRenderAttr("y", item.y + 4)}${ssrRenderAttr("width", item.width)} height="22" rx="4" class="cd-note" data-v-4b1134c7></rect><text${ssrRenderAttr("x", item.x)}${ssrRenderAttr("y", item.y + 19)} text-anchor="middle" data-v-4b1134c7>${ssrInterpolate(item.label)}</text><!--]-->`);
        }
        _push(`</g>`);
      });
      _push(`<!--]--></svg></div>`);
    };
  }
});
const _sfc_setup$5 = _sfc_main$5.setup;
_sfc_main$5.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/DiagramSvg.vue");
  return _sfc_setup$5 ? _sfc_setup$5(props, ctx) : void 0;
};
const DiagramSvg = /* @__PURE__ */ _export_sfc(_sfc_main$5, [["__scopeId", "data-v-4b1134c7"]]);
const _sfc_main$4 = /* @__PURE__ */ defineComponent({
  __name: "ConceptDiagram",
  __ssrInlineRender: true,
  props: {
    name: {}
  },
  setup(__props) {
    const props = __props;
    const drawn = /* @__PURE__ */ Object.assign({ "../../../diagrams/concepts/accept-queue.json": __vite_glob_0_0$1, "../../../diagrams/concepts/four-way-close.json": __vite_glob_0_1$1, "../../../diagrams/concepts/three-way-handshake.json": __vite_glob_0_2$1 });
    const { page } = useData$1();
    const language = computed(() => languageOfPage(page.value.filePath));
    const data = computed(() => {
      var _a;
      return (_a = Object.entries(drawn).find(([file]) => file.endsWith(`/${props.name}.json`))) == null ? void 0 : _a[1];
    });
    const layout = computed(() => data.value && layoutDiagram(conceptEvents(data.value, language.value), language.value));
    return (_ctx, _push, _parent, _attrs) => {
      if (layout.value && data.value) {
        _push(`<figure${ssrRenderAttrs(mergeProps({ class: "concept-diagram" }, _attrs))} data-v-918b22a9>`);
        _push(ssrRenderComponent(DiagramSvg, {
          layout: layout.value,
          label: data.value.title[language.value],
          "id-prefix": `concept-${__props.name}`
        }, null, _parent));
        if (language.value === "zh") {
          _push(`<figcaption data-v-918b22a9>${ssrInterpolate(data.value.title.zh)}：手工绘制，不是录制的。Node 程序只看得到连接和字节，看不到单个 TCP 报文段，所以这些步骤无法像各课的图那样从一次运行中录下来。 </figcaption>`);
        } else {
          _push(`<figcaption data-v-918b22a9>${ssrInterpolate(data.value.title.en)}: drawn by hand, not recorded. A Node program sees connections and bytes, never single TCP segments, so these steps cannot be captured from a run like the lessons&#39; diagrams. </figcaption>`);
        }
        _push(`</figure>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$4 = _sfc_main$4.setup;
_sfc_main$4.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/ConceptDiagram.vue");
  return _sfc_setup$4 ? _sfc_setup$4(props, ctx) : void 0;
};
const ConceptDiagram = /* @__PURE__ */ _export_sfc(_sfc_main$4, [["__scopeId", "data-v-918b22a9"]]);
const labels$1 = {
  en: {
    siteTitle: "Socket Workbook",
    description: "Learn socket programming in TypeScript on Node.js, one checked exercise at a time.",
    languageName: "English",
    htmlLang: "en",
    startHere: "Start here",
    forInstructors: "For instructors",
    lessons: "Lessons",
    chapter: (chapter) => `Chapter ${chapter.number}: ${chapter.title.en}`,
    lesson: (lesson2) => `Lesson ${lesson2.number}: ${lesson2.title.en}`
  },
  zh: {
    siteTitle: "套接字练习册",
    description: "用 TypeScript 在 Node.js 上学习套接字编程，每个练习都有自动检查。",
    languageName: "简体中文",
    htmlLang: "zh-CN",
    startHere: "从这里开始",
    forInstructors: "教师指南",
    lessons: "课程",
    chapter: (chapter) => `第 ${chapter.number} 章：${chapter.title.zh}`,
    lesson: (lesson2) => `第 ${lesson2.number} 课：${lesson2.title.zh}`
  }
};
const _sfc_main$3 = /* @__PURE__ */ defineComponent({
  __name: "CourseOutline",
  __ssrInlineRender: true,
  setup(__props) {
    const { page } = useData$1();
    const language = computed(() => languageOfPage(page.value.filePath));
    const outline = computed(
      () => chapters.map((chapter) => ({
        title: labels$1[language.value].chapter(chapter),
        lessons: lessons.filter((lesson2) => lesson2.chapter === chapter.number).map((lesson2) => ({ title: labels$1[language.value].lesson(lesson2), href: withBase(pageLink(lessonPath(lesson2), language.value)) }))
      })).filter((chapter) => chapter.lessons.length > 0)
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<ul${ssrRenderAttrs(mergeProps({ class: "course-outline" }, _attrs))}><!--[-->`);
      ssrRenderList(outline.value, (chapter) => {
        _push(`<li><strong>${ssrInterpolate(chapter.title)}</strong><ul><!--[-->`);
        ssrRenderList(chapter.lessons, (lesson2) => {
          _push(`<li><a${ssrRenderAttr("href", lesson2.href)}>${ssrInterpolate(lesson2.title)}</a></li>`);
        });
        _push(`<!--]--></ul></li>`);
      });
      _push(`<!--]--></ul>`);
    };
  }
});
const _sfc_setup$3 = _sfc_main$3.setup;
_sfc_main$3.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/CourseOutline.vue");
  return _sfc_setup$3 ? _sfc_setup$3(props, ctx) : void 0;
};
const lesson$d = "01-single-echo";
const check$d = "01/server-closes-and-exits";
const regenerate$d = "npm run docs:diagrams";
const events$d = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9001"
  },
  {
    kind: "connect",
    from: "reference client",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"one message"'
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: '"one message"'
  },
  {
    kind: "end",
    from: "your server",
    to: "reference client",
    detail: "closed its side of the connection (FIN)"
  },
  {
    kind: "end",
    from: "reference client",
    to: "your server",
    detail: "closed its side of the connection (FIN)"
  },
  {
    kind: "exit",
    from: "your server",
    detail: "exited with code 0"
  }
];
const __vite_glob_0_0 = {
  lesson: lesson$d,
  check: check$d,
  regenerate: regenerate$d,
  events: events$d
};
const lesson$c = "02-communication-loop";
const check$c = "02/server-exits-when-client-ends";
const regenerate$c = "npm run docs:diagrams";
const events$c = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9002"
  },
  {
    kind: "connect",
    from: "reference client",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"hello"'
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: '"hello"'
  },
  {
    kind: "end",
    from: "reference client",
    to: "your server",
    detail: "closed its side of the connection (FIN)"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "client left"
  },
  {
    kind: "end",
    from: "your server",
    to: "reference client",
    detail: "closed its side of the connection (FIN)"
  },
  {
    kind: "exit",
    from: "your server",
    detail: "exited with code 0"
  }
];
const __vite_glob_0_1 = {
  lesson: lesson$c,
  check: check$c,
  regenerate: regenerate$c,
  events: events$c
};
const lesson$b = "03-connection-loop";
const check$b = "03/waiting-client-answered-later";
const regenerate$b = "npm run docs:diagrams";
const events$b = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9003"
  },
  {
    kind: "connect",
    from: "reference client A",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"A is served"'
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"A is served"'
  },
  {
    kind: "connect",
    from: "reference client B",
    to: "your server",
    detail: "connected from port 50002"
  },
  {
    kind: "data",
    from: "reference client B",
    to: "your server",
    detail: '"B waits"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"A goes on"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"A goes on"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"A still goes on"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"A still goes on"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"A is still here"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"A is still here"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"A has not left"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"A has not left"'
  },
  {
    kind: "end",
    from: "reference client A",
    to: "your server",
    detail: "closed its side of the connection (FIN)"
  },
  {
    kind: "end",
    from: "your server",
    to: "reference client A",
    detail: "closed its side of the connection (FIN)"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50002"
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client B",
    detail: '"B waits"'
  },
  {
    kind: "data",
    from: "reference client B",
    to: "your server",
    detail: '"B is served"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client B",
    detail: '"B is served"'
  }
];
const __vite_glob_0_2 = {
  lesson: lesson$b,
  check: check$b,
  regenerate: regenerate$b,
  events: events$b
};
const lesson$a = "04-duplex-chat";
const check$a = "04/server-sends-typed-lines";
const regenerate$a = "npm run docs:diagrams";
const events$a = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9004"
  },
  {
    kind: "connect",
    from: "reference client",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "stdin",
    from: "keyboard",
    to: "your server",
    detail: '"first\\n"'
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: '"first\\n"'
  },
  {
    kind: "stdin",
    from: "keyboard",
    to: "your server",
    detail: '"第二行\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: '"第二行\\n" (10 bytes)'
  },
  {
    kind: "stdin",
    from: "keyboard",
    to: "your server",
    detail: '"and a third 🎉\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: '"and a third 🎉\\n" (17 bytes)'
  }
];
const __vite_glob_0_3 = {
  lesson: lesson$a,
  check: check$a,
  regenerate: regenerate$a,
  events: events$a
};
const lesson$9 = "05-group-chat";
const check$9 = "05/broadcasts-to-everyone";
const regenerate$9 = "npm run docs:diagrams";
const events$9 = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9005"
  },
  {
    kind: "connect",
    from: "reference client A",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "connect",
    from: "reference client B",
    to: "your server",
    detail: "connected from port 50002"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50002"
  },
  {
    kind: "connect",
    from: "reference client C",
    to: "your server",
    detail: "connected from port 50003"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50003"
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"A speaks first\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50001\\nA speaks first\\n" (51 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client B",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50001\\nA speaks first\\n" (51 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client C",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50001\\nA speaks first\\n" (51 bytes)'
  },
  {
    kind: "data",
    from: "reference client B",
    to: "your server",
    detail: '"B 回答\\n" (9 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50002\\nB 回答\\n" (45 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client B",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50002\\nB 回答\\n" (45 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client C",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50002\\nB 回答\\n" (45 bytes)'
  },
  {
    kind: "data",
    from: "reference client C",
    to: "your server",
    detail: '"C joins in 🎉\\n" (16 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50003\\nC joins in 🎉\\n" (52 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client C",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50003\\nC joins in 🎉\\n" (52 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client B",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50003\\nC joins in 🎉\\n" (52 bytes)'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"A again\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50001\\nA again\\n" (44 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client B",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50001\\nA again\\n" (44 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client C",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50001\\nA again\\n" (44 bytes)'
  }
];
const __vite_glob_0_4 = {
  lesson: lesson$9,
  check: check$9,
  regenerate: regenerate$9,
  events: events$9
};
const lesson$8 = "06-line-echo";
const check$8 = "06/server-line-in-pieces";
const regenerate$8 = "npm run docs:diagrams";
const events$8 = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9006"
  },
  {
    kind: "connect",
    from: "reference client",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"b"'
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"y"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"t"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"e"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '" "'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"b"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"y"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '" "'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"b"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"y"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"t"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"e"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: '"Return your msg: byte by byte\\n" (30 bytes)'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"and one "'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"in three"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '" pieces\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: '"Return your msg: and one in three pieces\\n" (41 bytes)'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"and o"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"ne mo"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"re, i"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"n fiv"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"e\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: '"Return your msg: and one more, in five\\n" (39 bytes)'
  }
];
const __vite_glob_0_5 = {
  lesson: lesson$8,
  check: check$8,
  regenerate: regenerate$8,
  events: events$8
};
const lesson$7 = "07-line-chat";
const check$7 = "07/line-in-pieces";
const regenerate$7 = "npm run docs:diagrams";
const events$7 = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9007"
  },
  {
    kind: "connect",
    from: "reference client A",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "connect",
    from: "reference client L",
    to: "your server",
    detail: "connected from port 50002"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50002"
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"one line "'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"in three "'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"writes\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50001\\none line in three writes\\n" (61 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client L",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50001\\none line in three writes\\n" (61 bytes)'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"o"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"n"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"e"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '" "'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"b"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"y"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"t"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"e"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '" "'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"a"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"t"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '" "'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"a"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '" "'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"t"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"i"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"m"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"e"'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50001\\none byte at a time\\n" (55 bytes)'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client L",
    detail: '"2025/01/01 12:00:00 127.0.0.1:50001\\none byte at a time\\n" (55 bytes)'
  }
];
const __vite_glob_0_6 = {
  lesson: lesson$7,
  check: check$7,
  regenerate: regenerate$7,
  events: events$7
};
const lesson$6 = "08-length-prefix";
const check$6 = "08/server-frame-in-pieces";
const regenerate$6 = "npm run docs:diagrams";
const events$6 = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9008"
  },
  {
    kind: "connect",
    from: "reference client",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: "hex 00 (1 bytes)"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: "hex 00 (1 bytes)"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: "hex 00 (1 bytes)"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: "hex 11 (1 bytes)"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"b"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"y"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"t"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"e"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '" "'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"b"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"y"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '" "'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"b"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"y"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"t"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"e"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '" "'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: "hex f0 (1 bytes)"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: "hex 9f (1 bytes)"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: "hex 8e (1 bytes)"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: "hex 89 (1 bytes)"
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: "hex 00 00 00 11 62 79 74 65 20 62 79 20 62 79 74 65 20 f0 9f 8e 89 (21 bytes)"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: "hex 00 00 00 17 61 6e 64 20 6f (9 bytes)"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"ne in thr"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"ee pieces"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: "hex 00 00 00 17 61 6e 64 20 6f 6e 65 20 69 6e 20 74 68 72 65 65 20 70 69 65 63 65 73 (27 bytes)"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: "hex 00 00 00 15 61 (5 bytes)"
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"nd on"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"e mor"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"e, in"'
  },
  {
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '" five"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: "hex 00 00 00 15 61 6e 64 20 6f 6e 65 20 6d 6f 72 65 2c 20 69 6e 20 66 69 76 65 (25 bytes)"
  }
];
const __vite_glob_0_7 = {
  lesson: lesson$6,
  check: check$6,
  regenerate: regenerate$6,
  events: events$6
};
const lesson$5 = "09-udp-echo";
const check$5 = "09/client-retries";
const regenerate$5 = "npm run docs:diagrams";
const events$5 = [
  {
    kind: "listen",
    from: "reference server",
    detail: "bound to 127.0.0.1:9009 (UDP)"
  },
  {
    kind: "start",
    from: "your client",
    detail: "started"
  },
  {
    kind: "stdin",
    from: "keyboard",
    to: "your client",
    detail: '"hello\\n"'
  },
  {
    kind: "data",
    from: "your client",
    to: "reference server",
    detail: 'datagram "hello"'
  },
  {
    kind: "note",
    from: "reference server",
    detail: "does not answer, as if the network had lost that datagram"
  },
  {
    kind: "data",
    from: "your client",
    to: "reference server",
    detail: 'datagram "hello"'
  },
  {
    kind: "data",
    from: "reference server",
    to: "your client",
    detail: 'datagram "hello"'
  },
  {
    kind: "stdout",
    from: "your client",
    detail: "hello"
  }
];
const __vite_glob_0_8 = {
  lesson: lesson$5,
  check: check$5,
  regenerate: regenerate$5,
  events: events$5
};
const lesson$4 = "10-socketserver";
const check$4 = "10/threading-sleep-delays-no-one";
const regenerate$4 = "npm run docs:diagrams";
const events$4 = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9010"
  },
  {
    kind: "connect",
    from: "reference client A",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"A is here\\n"'
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"Return your msg: A is here\\n" (27 bytes)'
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"sleep 10000\\n"'
  },
  {
    kind: "connect",
    from: "reference client B",
    to: "your server",
    detail: "connected from port 50002"
  },
  {
    kind: "data",
    from: "reference client B",
    to: "your server",
    detail: '"B is not kept waiting\\n"'
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50002"
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client B",
    detail: '"Return your msg: B is not kept waiting\\n" (39 bytes)'
  },
  {
    kind: "data",
    from: "reference client B",
    to: "your server",
    detail: '"B again\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client B",
    detail: '"Return your msg: B again\\n" (25 bytes)'
  },
  {
    kind: "data",
    from: "reference client B",
    to: "your server",
    detail: '"and once more\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client B",
    detail: '"Return your msg: and once more\\n" (31 bytes)'
  }
];
const __vite_glob_0_9 = {
  lesson: lesson$4,
  check: check$4,
  regenerate: regenerate$4,
  events: events$4
};
const lesson$3 = "11-worker-threads";
const check$3 = "11/server-ping-during-work";
const regenerate$3 = "npm run docs:diagrams";
const events$3 = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9011"
  },
  {
    kind: "connect",
    from: "reference client A",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "connect",
    from: "reference client B",
    to: "your server",
    detail: "connected from port 50002"
  },
  {
    kind: "data",
    from: "reference client A",
    to: "your server",
    detail: '"ping\\nwork 100000\\n"'
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50002"
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"pong\\n"'
  },
  {
    kind: "data",
    from: "reference client B",
    to: "your server",
    detail: '"ping\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client B",
    detail: '"pong\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client A",
    detail: '"work 100000 685eff92db29a3c81f28f018076b5301092dc7b297973fe9a2743a44c0d8e3b6\\n" (77 bytes)'
  }
];
const __vite_glob_0_10 = {
  lesson: lesson$3,
  check: check$3,
  regenerate: regenerate$3,
  events: events$3
};
const lesson$2 = "12-timeouts";
const check$2 = "12/server-idle-bye";
const regenerate$2 = "npm run docs:diagrams";
const events$2 = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9012"
  },
  {
    kind: "connect",
    from: "reference client",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: '"bye: idle for 1500 ms\\n"'
  },
  {
    kind: "end",
    from: "your server",
    to: "reference client",
    detail: "closed its side of the connection (FIN)"
  }
];
const __vite_glob_0_11 = {
  lesson: lesson$2,
  check: check$2,
  regenerate: regenerate$2,
  events: events$2
};
const lesson$1 = "13-families";
const check$1 = "13/server-dual-stack";
const regenerate$1 = "npm run docs:diagrams";
const events$1 = [
  {
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "listening on [::]:9013"
  },
  {
    kind: "connect",
    from: "reference client (IPv4)",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from [::ffff:127.0.0.1]:50001"
  },
  {
    kind: "stdout",
    from: "your server",
    detail: "connected from [::1]:50002"
  },
  {
    kind: "connect",
    from: "reference client (IPv6)",
    to: "your server",
    detail: "connected from port 50002"
  },
  {
    kind: "data",
    from: "reference client (IPv4)",
    to: "your server",
    detail: '"from IPv4\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client (IPv4)",
    detail: '"Return your msg: from IPv4\\n" (27 bytes)'
  },
  {
    kind: "data",
    from: "reference client (IPv6)",
    to: "your server",
    detail: '"from IPv6\\n"'
  },
  {
    kind: "data",
    from: "your server",
    to: "reference client (IPv6)",
    detail: '"Return your msg: from IPv6\\n" (27 bytes)'
  }
];
const __vite_glob_0_12 = {
  lesson: lesson$1,
  check: check$1,
  regenerate: regenerate$1,
  events: events$1
};
const lesson = "01-single-echo";
const check = "01/server-echo";
const fixture = "echo-as-latin1";
const regenerate = "npm run docs:diagrams";
const message = "your server sent different bytes than expected";
const expected = '"你好，socket！" (18 bytes)';
const actual = '"ä½ å¥½ï¼socketï¼" (30 bytes)';
const events = [
  {
    at: 10,
    kind: "start",
    from: "your server",
    detail: "started"
  },
  {
    at: 150,
    kind: "stdout",
    from: "your server",
    detail: "listening on 127.0.0.1:9001"
  },
  {
    at: 151,
    kind: "connect",
    from: "reference client",
    to: "your server",
    detail: "connected from port 50001"
  },
  {
    at: 151,
    kind: "data",
    from: "reference client",
    to: "your server",
    detail: '"你好，socket！" (18 bytes)',
    sent: {
      protocol: "tcp",
      bytes: [
        {
          text: "你好，socket！"
        }
      ]
    }
  },
  {
    at: 152,
    kind: "stdout",
    from: "your server",
    detail: "connected from 127.0.0.1:50001"
  },
  {
    at: 166,
    kind: "data",
    from: "your server",
    to: "reference client",
    detail: '"ä½ å¥½ï¼socketï¼" (30 bytes)'
  }
];
const sample = {
  lesson,
  check,
  fixture,
  regenerate,
  message,
  expected,
  actual,
  events
};
const _sfc_main$2 = /* @__PURE__ */ defineComponent({
  __name: "ConversationDiagram",
  __ssrInlineRender: true,
  setup(__props) {
    const recorded = /* @__PURE__ */ Object.assign({ "../../../diagrams/01-single-echo.json": __vite_glob_0_0, "../../../diagrams/02-communication-loop.json": __vite_glob_0_1, "../../../diagrams/03-connection-loop.json": __vite_glob_0_2, "../../../diagrams/04-duplex-chat.json": __vite_glob_0_3, "../../../diagrams/05-group-chat.json": __vite_glob_0_4, "../../../diagrams/06-line-echo.json": __vite_glob_0_5, "../../../diagrams/07-line-chat.json": __vite_glob_0_6, "../../../diagrams/08-length-prefix.json": __vite_glob_0_7, "../../../diagrams/09-udp-echo.json": __vite_glob_0_8, "../../../diagrams/10-socketserver.json": __vite_glob_0_9, "../../../diagrams/11-worker-threads.json": __vite_glob_0_10, "../../../diagrams/12-timeouts.json": __vite_glob_0_11, "../../../diagrams/13-families.json": __vite_glob_0_12, "../../../diagrams/sample-failure.json": sample });
    const { page } = useData$1();
    const current = computed(() => lessonOfPage(page.value.filePath));
    const data = computed(() => {
      var _a, _b;
      const dir = (_a = current.value) == null ? void 0 : _a.lesson.dir;
      return (_b = Object.entries(recorded).find(([file]) => file.endsWith(`/${dir}.json`))) == null ? void 0 : _b[1];
    });
    const language = computed(() => {
      var _a;
      return ((_a = current.value) == null ? void 0 : _a.language) ?? "en";
    });
    const layout = computed(() => data.value && layoutDiagram(data.value.events, language.value));
    const check2 = computed(() => data.value && findCheck(data.value.check));
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b;
      if (layout.value && data.value) {
        _push(`<figure${ssrRenderAttrs(mergeProps({ class: "conversation-diagram" }, _attrs))} data-v-f8879eeb>`);
        _push(ssrRenderComponent(DiagramSvg, {
          layout: layout.value,
          label: check2.value ? check2.value.title[language.value] : data.value.check,
          "id-prefix": "cd"
        }, null, _parent));
        if (language.value === "zh") {
          _push(`<figcaption data-v-f8879eeb> 检查 <code data-v-f8879eeb>${ssrInterpolate(data.value.check)}</code>（“${ssrInterpolate((_a = check2.value) == null ? void 0 : _a.title.zh)}”）的对话：由参考答案真实运行录制。端口显示为本课的默认端口，客户端的端口显示为 50001、50002…… </figcaption>`);
        } else {
          _push(`<figcaption data-v-f8879eeb> The conversation of check <code data-v-f8879eeb>${ssrInterpolate(data.value.check)}</code> (“${ssrInterpolate((_b = check2.value) == null ? void 0 : _b.title.en)}”), recorded by running the reference solution. Ports are shown as the lesson&#39;s default port, and clients&#39; ports as 50001, 50002, … </figcaption>`);
        }
        _push(`</figure>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$2 = _sfc_main$2.setup;
_sfc_main$2.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/ConversationDiagram.vue");
  return _sfc_setup$2 ? _sfc_setup$2(props, ctx) : void 0;
};
const ConversationDiagram = /* @__PURE__ */ _export_sfc(_sfc_main$2, [["__scopeId", "data-v-f8879eeb"]]);
function timesOf(piece) {
  return piece.times ?? 1;
}
function shellBytes(pieces, options) {
  const commands = [];
  let format = "";
  for (const piece of pieces) {
    const made = timesOf(piece) > 1 && !options.oneWrite ? repeatCommand(piece) : void 0;
    if (made) {
      if (format) commands.push(printfCommand(format));
      format = "";
      commands.push(made);
      continue;
    }
    const once = printfFormat(piece);
    if (format.length + once.length * timesOf(piece) > options.maxChars) return void 0;
    format += once.repeat(timesOf(piece));
  }
  if (format || commands.length === 0) commands.push(printfCommand(format));
  if (options.oneWrite && commands.length > 1) return void 0;
  const command = commands.length === 1 ? commands[0] : `{ ${commands.join("; ")}; }`;
  return command.length > options.maxChars ? void 0 : command;
}
function printfCommand(format) {
  return `printf '${format.startsWith("-") ? `\\055${format.slice(1)}` : format}'`;
}
function printfFormat(piece) {
  if ("hex" in piece) return octalEscapes(bytesOfHex(piece.hex));
  let format = "";
  for (const character of piece.text) {
    if (character === "\n") format += "\\n";
    else if (character === "\r") format += "\\r";
    else if (character === "	") format += "\\t";
    else if (character === "\\") format += "\\\\";
    else if (character === "%") format += "%%";
    else if (character === "'" || isControl(character)) format += octalEscapes(new TextEncoder().encode(character));
    else format += character;
  }
  return format;
}
function repeatCommand(piece) {
  const unit = "hex" in piece ? bytesOfHex(piece.hex) : new TextEncoder().encode(piece.text);
  const times = timesOf(piece);
  if (unit.length === 1) {
    const byte = unit[0];
    return byte === 0 ? `head -c ${times} /dev/zero` : `head -c ${times} /dev/zero | tr '\\0' ${trCharacter(byte)}`;
  }
  if ("text" in piece && !/[\p{Cc}'\\]/u.test(piece.text) && !piece.text.startsWith("-")) {
    return `yes '${piece.text}' | head -n ${times} | tr -d '\\n'`;
  }
  return void 0;
}
function trCharacter(byte) {
  return /[A-Za-z0-9]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `'${octalEscapes([byte])}'`;
}
function isControl(character) {
  return new RegExp("\\p{Cc}", "u").test(character);
}
function octalEscapes(bytes) {
  return Array.from(bytes, (byte) => `\\${byte.toString(8).padStart(3, "0")}`).join("");
}
function bytesOfHex(hex) {
  return Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}
const learnersPlace = { lessonsDir: "lessons", playOptions: [] };
const maxLineChars = 160;
const host = "127.0.0.1";
function planReplay(check2, events2, place = learnersPlace) {
  var _a;
  const lesson2 = findLesson(check2.lesson);
  if (!lesson2) return void 0;
  const play = (role, reason) => {
    const command = ["npm run lesson", String(lesson2.number), "--", "--play", ...role === "client" ? ["client"] : [], ...place.playOptions].join(" ");
    return reason ? { kind: "play", role, command, reason } : { kind: "play", role, command };
  };
  if (check2.role === "client") return play("client");
  const seen = readConversation(events2);
  if (seen.unlisted) return play("server", { why: "too-long" });
  if (seen.clients > 1) return play("server", { why: "clients", count: seen.clients });
  if (seen.starts > 1) return play("server");
  if (seen.reset) return play("server", { why: "reset" });
  const nc = (options) => ["nc", ...options, host, String(lesson2.defaultPort)].join(" ");
  const talk = nc(seen.udp ? ["-u"] : seen.halfClosed ? ["-N"] : []);
  const server = `npx tsx ${place.lessonsDir}/${lesson2.dir}/server.ts`;
  if (seen.typed) return { kind: "nc", server, nc: talk, then: "type" };
  if (seen.signal) return { kind: "nc", server, nc: talk, then: "interrupt", signal: seen.signal };
  if (seen.writes.length === 0) return play("server");
  if (seen.writes.length > 1) return play("server", { why: seen.udp ? "datagrams" : "writes", count: seen.writes.length });
  const bytes = (_a = seen.writes[0].sent) == null ? void 0 : _a.bytes;
  if (!bytes) return play("server", { why: "too-long" });
  if (seen.udp && bytes.every((piece) => ("text" in piece ? piece.text : piece.hex) === "")) return play("server", { why: "empty-datagram" });
  const receiver = nc(seen.udp ? ["-u", "-w1"] : seen.halfClosed ? ["-N"] : []);
  const input = shellBytes(bytes, { maxChars: maxLineChars - receiver.length - " | ".length, oneWrite: seen.udp });
  if (!input) return play("server", { why: "too-long" });
  return { kind: "nc", server, nc: `${input} | ${receiver}`, then: "send" };
}
function readConversation(events2) {
  var _a, _b, _c;
  const clients = new Set(events2.filter(isReferenceAct).map((event) => event.from));
  const [client] = clients;
  const by = (kind) => events2.filter((event) => event.kind === kind && client !== void 0 && event.from === client);
  const writes = by("data");
  return {
    clients: clients.size,
    writes,
    udp: ((_b = (_a = writes[0]) == null ? void 0 : _a.sent) == null ? void 0 : _b.protocol) === "udp",
    halfClosed: by("end").length > 0,
    reset: by("reset").length > 0,
    starts: events2.filter((event) => event.kind === "start").length,
    typed: events2.some((event) => event.kind === "stdin"),
    signal: (_c = events2.find((event) => event.kind === "signal")) == null ? void 0 : _c.detail,
    unlisted: events2.some((event) => event.unlisted)
  };
}
function isReferenceAct(event) {
  return !event.from.startsWith("your ") && (event.kind === "connect" || event.sent !== void 0);
}
const words = {
  en: {
    label: "by hand",
    nc: "start your server, then replay the check's client in a second terminal:",
    type: "start your server and connect to it from a second terminal, then type into both as the check did:",
    interrupt: (signal) => `start your server and connect to it from a second terminal, type what the check's client sent, then stop the server with Ctrl-C (the check sent ${signal}; a server stops on either):`,
    playServer: "play it with a reference client:",
    playClient: "run your client against a reference server:",
    reasons: {
      clients: (count) => `${count} clients took part, and one nc line plays only one`,
      writes: (count) => `the check's client sent its bytes in ${count} writes, and nc would send them at once`,
      datagrams: (count) => `the check sent ${count} datagrams, and one nc line sends only one`,
      "empty-datagram": "the check sent an empty datagram, which nc cannot send",
      "too-long": "the bytes the check sent do not fit on one line",
      reset: "the check reset the connection (RST), which nc cannot do"
    },
    join: (reason, then) => `${reason}; ${then}`
  },
  zh: {
    label: "手动重现",
    nc: "启动你的服务器，再在另一个终端里重放检查的客户端：",
    type: "启动你的服务器，在另一个终端里连上它，然后像检查那样在两边打字：",
    interrupt: (signal) => `启动你的服务器，在另一个终端里连上它，输入检查的客户端发过的内容，然后按 Ctrl-C 停止服务器（检查发的是 ${signal}；两者都应让服务器停止）：`,
    playServer: "用参考客户端试一试：",
    playClient: "让你的客户端连参考服务器试一试：",
    reasons: {
      clients: (count) => `有 ${count} 个客户端参与，一行 nc 只能扮演其中一个`,
      writes: (count) => `检查的客户端分 ${count} 次写出字节，而 nc 会一次发出`,
      datagrams: (count) => `检查发了 ${count} 个数据报，而一行 nc 只发一个`,
      "empty-datagram": "检查发了一个空数据报，nc 发不了",
      "too-long": "检查发出的字节一行写不下",
      reset: "检查重置了连接（RST），nc 做不到"
    },
    join: (reason, then) => `${reason}；${then}`
  }
};
function describeReplay(replay, language) {
  const say = words[language];
  if (replay.kind === "nc") {
    const sentence = replay.then === "send" ? say.nc : replay.then === "type" ? say.type : say.interrupt(replay.signal ?? "SIGTERM");
    return { label: say.label, sentence, commands: [replay.server, replay.nc] };
  }
  const then = replay.role === "client" ? say.playClient : say.playServer;
  return { label: say.label, sentence: replay.reason ? say.join(reasonText(replay.reason, language), then) : then, commands: [replay.command] };
}
function reasonText(reason, language) {
  const reasons = words[language].reasons;
  return "count" in reason ? reasons[reason.why](reason.count) : reasons[reason.why];
}
const plain = (_style, text) => text;
const labels = {
  en: { expected: "expected", actual: "actual", hint: "hint" },
  zh: { expected: "期望", actual: "实际", hint: "提示" }
};
function formatResult(result, options = {}) {
  const paint = options.paint ?? plain;
  const language = options.language ?? "en";
  const { check: check2 } = result;
  const mark = paint("red", "✗");
  const head = `${mark} ${paint("bold", check2.id)}  ${check2.title[language]}`;
  const lines = [head];
  if (result.message) lines.push(`  ${paint("red", result.message)}`);
  if (result.detail) lines.push(indent(result.detail, 4));
  if (result.transcript.length) lines.push(formatTranscript(result.transcript, paint));
  const words2 = labels[language];
  if (result.expected !== void 0) lines.push(`  ${paint("green", words2.expected.padEnd(9))}${indentAfterFirst(result.expected, 11)}`);
  if (result.actual !== void 0) lines.push(`  ${paint("red", words2.actual.padEnd(9))}${indentAfterFirst(result.actual, 11)}`);
  lines.push(`  ${paint("yellow", `${words2.hint}:`)} ${check2.hint[language]}`);
  const replay = planReplay(check2, result.transcript, options.place ?? learnersPlace);
  if (replay) {
    const { label, sentence, commands } = describeReplay(replay, language);
    lines.push(`  ${paint("cyan", `${label}:`)} ${sentence}`, ...commands.map((command) => `    ${command}`));
  }
  return lines.join("\n");
}
function formatTranscript(events2, paint = plain) {
  return events2.map((event) => `    ${formatEvent(event, paint)}`).join("\n");
}
function formatEvent(event, paint = plain) {
  const time = paint("dim", `+${(event.at / 1e3).toFixed(3)}s`);
  const who = event.to ? `${event.from} → ${event.to}` : event.from;
  return `${time}  ${paint(event.from.startsWith("your") ? "yellow" : "cyan", who.padEnd(34))} ${describeEvent(event)}`;
}
function describeEvent(event) {
  switch (event.kind) {
    case "stdout":
      return `prints  ${event.detail}`;
    case "stderr":
      return `stderr  ${event.detail}`;
    case "stdin":
      return `stdin   ${event.detail}`;
    case "signal":
      return `sends ${event.detail}`;
    default:
      return event.detail;
  }
}
function indent(text, spaces) {
  return text.split("\n").map((line) => " ".repeat(spaces) + line).join("\n");
}
function indentAfterFirst(text, spaces) {
  const [first, ...rest] = text.split("\n");
  return [first, ...rest.map((line) => " ".repeat(spaces) + line)].join("\n");
}
const _sfc_main$1 = /* @__PURE__ */ defineComponent({
  __name: "FailingCheckSample",
  __ssrInlineRender: true,
  setup(__props) {
    const { page } = useData$1();
    const language = computed(() => languageOfPage(page.value.filePath));
    const paint = (style, text) => `${String(style)}${text}`;
    const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const html = computed(() => {
      const check2 = findCheck(sample.check);
      if (!check2) return "";
      const result = {
        check: check2,
        message: sample.message,
        expected: sample.expected,
        actual: sample.actual,
        transcript: sample.events
      };
      return escape(formatResult(result, { paint, language: language.value })).replace(
        /\uE000([a-z]+)\uE001([^\uE002]*)\uE002/g,
        (_, style, text) => `<span class="t-${style}">${text}</span>`
      );
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "language-text vp-adaptive-theme failing-check-sample" }, _attrs))} data-v-04880028><pre data-v-04880028><code data-v-04880028>${html.value ?? ""}</code></pre></div>`);
    };
  }
});
const _sfc_setup$1 = _sfc_main$1.setup;
_sfc_main$1.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/FailingCheckSample.vue");
  return _sfc_setup$1 ? _sfc_setup$1(props, ctx) : void 0;
};
const FailingCheckSample = /* @__PURE__ */ _export_sfc(_sfc_main$1, [["__scopeId", "data-v-04880028"]]);
const patterns = {
  en: /\((lesson|chapter) (\d+), "([^"]+)"\)/g,
  zh: /（第 ?(\d+) ?(课|章)“([^”]+)”）/g
};
function findReferences(text, language) {
  return [...text.matchAll(patterns[language])].map((match) => {
    const [unit, number] = language === "en" ? [match[1], match[2]] : [match[2] === "课" ? "lesson" : "chapter", match[1]];
    return {
      index: match.index,
      length: match[0].length,
      unit,
      number: Number(number),
      title: match[3]
    };
  });
}
function anchorOf(englishTitle) {
  return englishTitle.normalize("NFKD").replace(/[\u0300-\u036F]/g, "").replace(/[\u0000-\u001f]/g, "").replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+|-+$/g, "").replace(/^(\d)/, "_$1").toLowerCase();
}
function referencedLesson(reference) {
  if (reference.unit === "lesson") return lessons.find((lesson2) => lesson2.number === reference.number);
  return lessons.find((lesson2) => lesson2.chapter === reference.number);
}
const _sfc_main = /* @__PURE__ */ defineComponent({
  __name: "LessonChecks",
  __ssrInlineRender: true,
  setup(__props) {
    const words2 = {
      en: {
        role: { server: "Your server", client: "Your client" },
        sentence: (role, title2) => `${role} ${title2}.`,
        points: (n) => n === 1 ? "1 point" : `${n} points`,
        hint: "Hint"
      },
      zh: {
        role: { server: "你的服务器", client: "你的客户端" },
        sentence: (role, title2) => `${role}：${title2}。`,
        points: (n) => `${n} 分`,
        hint: "提示"
      }
    };
    const { page } = useData$1();
    const current = computed(() => lessonOfPage(page.value.filePath));
    const language = computed(() => {
      var _a;
      return ((_a = current.value) == null ? void 0 : _a.language) ?? "en";
    });
    const w = computed(() => words2[language.value]);
    function hintPieces(check2, lang) {
      const hint = check2.hint[lang];
      const english = findReferences(check2.hint.en, "en");
      const pieces = [];
      let at = 0;
      findReferences(hint, lang).forEach((reference, index) => {
        var _a;
        pieces.push(...codePieces(hint.slice(at, reference.index)));
        const lesson2 = referencedLesson(reference);
        const anchor = anchorOf(((_a = english[index]) == null ? void 0 : _a.title) ?? reference.title);
        const inner = hint.slice(reference.index + 1, reference.index + reference.length - 1);
        pieces.push({ text: hint[reference.index] });
        pieces.push(lesson2 ? { text: inner, href: withBase(`${pageLink(lessonPath(lesson2), lang)}#${anchor}`) } : { text: inner });
        pieces.push({ text: hint[reference.index + reference.length - 1] });
        at = reference.index + reference.length;
      });
      pieces.push(...codePieces(hint.slice(at)));
      return pieces;
    }
    function codePieces(text) {
      return text.split("`").map((part, index) => ({ text: part, code: index % 2 === 1 })).filter((piece) => piece.text);
    }
    return (_ctx, _push, _parent, _attrs) => {
      if (current.value) {
        _push(`<ol${ssrRenderAttrs(mergeProps({ class: "lesson-checks" }, _attrs))} data-v-d81b4021><!--[-->`);
        ssrRenderList(current.value.lesson.checks, (check2) => {
          _push(`<li${ssrRenderAttr("id", `check-${check2.slug}`)} data-v-d81b4021><div class="check-head" data-v-d81b4021><code data-v-d81b4021>${ssrInterpolate(check2.id)}</code><span class="check-points" data-v-d81b4021>${ssrInterpolate(w.value.points(check2.points))}</span></div><p class="check-title" data-v-d81b4021>${ssrInterpolate(w.value.sentence(w.value.role[check2.role], check2.title[language.value]))}</p><p class="check-hint" data-v-d81b4021><strong data-v-d81b4021>${ssrInterpolate(w.value.hint)}:</strong> ${ssrInterpolate(" ")} <!--[-->`);
          ssrRenderList(hintPieces(check2, language.value), (piece, index) => {
            _push(`<!--[-->`);
            if (piece.href) {
              _push(`<a${ssrRenderAttr("href", piece.href)} data-v-d81b4021>${ssrInterpolate(piece.text)}</a>`);
            } else if (piece.code) {
              _push(`<code data-v-d81b4021>${ssrInterpolate(piece.text)}</code>`);
            } else {
              _push(`<!--[-->${ssrInterpolate(piece.text)}<!--]-->`);
            }
            _push(`<!--]-->`);
          });
          _push(`<!--]--></p></li>`);
        });
        _push(`<!--]--></ol>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/LessonChecks.vue");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LessonChecks = /* @__PURE__ */ _export_sfc(_sfc_main, [["__scopeId", "data-v-d81b4021"]]);
const RawTheme = {
  extends: theme,
  enhanceApp({ app }) {
    app.component("ConceptDiagram", ConceptDiagram);
    app.component("ConversationDiagram", ConversationDiagram);
    app.component("CourseOutline", _sfc_main$3);
    app.component("LessonChecks", LessonChecks);
    app.component("FailingCheckSample", FailingCheckSample);
  }
};
const ClientOnly = defineComponent({
  setup(_, { slots }) {
    const show = ref(false);
    onMounted(() => {
      show.value = true;
    });
    return () => show.value && slots.default ? slots.default() : null;
  }
});
function useCodeGroups() {
  if (inBrowser) {
    window.addEventListener("click", (e) => {
      var _a;
      const el = e.target;
      if (el.matches(".vp-code-group input")) {
        const group = (_a = el.parentElement) == null ? void 0 : _a.parentElement;
        if (!group)
          return;
        const i = Array.from(group.querySelectorAll("input")).indexOf(el);
        if (i < 0)
          return;
        const blocks = group.querySelector(".blocks");
        if (!blocks)
          return;
        const current = Array.from(blocks.children).find((child) => child.classList.contains("active"));
        if (!current)
          return;
        const next = blocks.children[i];
        if (!next || current === next)
          return;
        current.classList.remove("active");
        next.classList.add("active");
        const label = group == null ? void 0 : group.querySelector(`label[for="${el.id}"]`);
        label == null ? void 0 : label.scrollIntoView({ block: "nearest" });
      }
    });
  }
}
function useCopyCode() {
  if (inBrowser) {
    const timeoutIdMap = /* @__PURE__ */ new WeakMap();
    window.addEventListener("click", (e) => {
      var _a;
      const el = e.target;
      if (el.matches('div[class*="language-"] > button.copy')) {
        const parent = el.parentElement;
        const sibling = (_a = el.nextElementSibling) == null ? void 0 : _a.nextElementSibling;
        if (!parent || !sibling) {
          return;
        }
        const isShell = /language-(shellscript|shell|bash|sh|zsh)/.test(parent.className);
        const ignoredNodes = [".vp-copy-ignore", ".diff.remove"];
        const clone = sibling.cloneNode(true);
        clone.querySelectorAll(ignoredNodes.join(",")).forEach((node) => node.remove());
        let text = clone.textContent || "";
        if (isShell) {
          text = text.replace(/^ *(\$|>) /gm, "").trim();
        }
        copyToClipboard(text).then(() => {
          el.classList.add("copied");
          clearTimeout(timeoutIdMap.get(el));
          const timeoutId = setTimeout(() => {
            el.classList.remove("copied");
            el.blur();
            timeoutIdMap.delete(el);
          }, 2e3);
          timeoutIdMap.set(el, timeoutId);
        });
      }
    });
  }
}
async function copyToClipboard(text) {
  try {
    return navigator.clipboard.writeText(text);
  } catch {
    const element = document.createElement("textarea");
    const previouslyFocusedElement = document.activeElement;
    element.value = text;
    element.setAttribute("readonly", "");
    element.style.contain = "strict";
    element.style.position = "absolute";
    element.style.left = "-9999px";
    element.style.fontSize = "12pt";
    const selection = document.getSelection();
    const originalRange = selection ? selection.rangeCount > 0 && selection.getRangeAt(0) : null;
    document.body.appendChild(element);
    element.select();
    element.selectionStart = 0;
    element.selectionEnd = text.length;
    document.execCommand("copy");
    document.body.removeChild(element);
    if (originalRange) {
      selection.removeAllRanges();
      selection.addRange(originalRange);
    }
    if (previouslyFocusedElement) {
      previouslyFocusedElement.focus();
    }
  }
}
function useUpdateHead(route, siteDataByRouteRef) {
  let isFirstUpdate = true;
  let managedHeadElements = [];
  const updateHeadTags = (newTags) => {
    if (isFirstUpdate) {
      isFirstUpdate = false;
      newTags.forEach((tag) => {
        const headEl = createHeadElement(tag);
        for (const el of document.head.children) {
          if (el.isEqualNode(headEl)) {
            managedHeadElements.push(el);
            return;
          }
        }
      });
      return;
    }
    const newElements = newTags.map(createHeadElement);
    managedHeadElements.forEach((oldEl, oldIndex) => {
      const matchedIndex = newElements.findIndex((newEl) => newEl == null ? void 0 : newEl.isEqualNode(oldEl ?? null));
      if (matchedIndex !== -1) {
        delete newElements[matchedIndex];
      } else {
        oldEl == null ? void 0 : oldEl.remove();
        delete managedHeadElements[oldIndex];
      }
    });
    newElements.forEach((el) => el && document.head.appendChild(el));
    managedHeadElements = [...managedHeadElements, ...newElements].filter(Boolean);
  };
  watchEffect(() => {
    const pageData = route.data;
    const siteData2 = siteDataByRouteRef.value;
    const pageDescription = pageData && pageData.description;
    const frontmatterHead = pageData && pageData.frontmatter.head || [];
    const title2 = createTitle(siteData2, pageData);
    if (title2 !== document.title) {
      document.title = title2;
    }
    const description = pageDescription || siteData2.description;
    let metaDescriptionElement = document.querySelector(`meta[name=description]`);
    if (metaDescriptionElement) {
      if (metaDescriptionElement.getAttribute("content") !== description) {
        metaDescriptionElement.setAttribute("content", description);
      }
    } else {
      createHeadElement(["meta", { name: "description", content: description }]);
    }
    updateHeadTags(mergeHead(siteData2.head, filterOutHeadDescription(frontmatterHead)));
  });
}
function createHeadElement([tag, attrs, innerHTML]) {
  const el = document.createElement(tag);
  for (const key in attrs) {
    el.setAttribute(key, attrs[key]);
  }
  if (innerHTML) {
    el.innerHTML = innerHTML;
  }
  if (tag === "script" && attrs.async == null) {
    el.async = false;
  }
  return el;
}
function isMetaDescription(headConfig) {
  return headConfig[0] === "meta" && headConfig[1] && headConfig[1].name === "description";
}
function filterOutHeadDescription(head) {
  return head.filter((h2) => !isMetaDescription(h2));
}
const hasFetched = /* @__PURE__ */ new Set();
const createLink = () => document.createElement("link");
const viaDOM = (url) => {
  const link2 = createLink();
  link2.rel = `prefetch`;
  link2.href = url;
  document.head.appendChild(link2);
};
const viaXHR = (url) => {
  const req = new XMLHttpRequest();
  req.open("GET", url, req.withCredentials = true);
  req.send();
};
let link;
const doFetch = inBrowser && (link = createLink()) && link.relList && link.relList.supports && link.relList.supports("prefetch") ? viaDOM : viaXHR;
function usePrefetch() {
  if (!inBrowser) {
    return;
  }
  if (!window.IntersectionObserver) {
    return;
  }
  let conn;
  if ((conn = navigator.connection) && (conn.saveData || /2g/.test(conn.effectiveType))) {
    return;
  }
  const rIC = window.requestIdleCallback || setTimeout;
  let observer = null;
  const observeLinks = () => {
    if (observer) {
      observer.disconnect();
    }
    observer = new IntersectionObserver((entries) => {
      entries.forEach((entry) => {
        if (entry.isIntersecting) {
          const link2 = entry.target;
          observer.unobserve(link2);
          const { pathname } = link2;
          if (!hasFetched.has(pathname)) {
            hasFetched.add(pathname);
            const pageChunkPath = pathToFile(pathname);
            if (pageChunkPath)
              doFetch(pageChunkPath);
          }
        }
      });
    });
    rIC(() => {
      document.querySelectorAll("#app a").forEach((link2) => {
        const { hostname, pathname } = new URL(link2.href instanceof SVGAnimatedString ? link2.href.animVal : link2.href, link2.baseURI);
        const extMatch = pathname.match(/\.\w+$/);
        if (extMatch && extMatch[0] !== ".html") {
          return;
        }
        if (
          // only prefetch same tab navigation, since a new tab will load
          // the lean js chunk instead.
          link2.target !== "_blank" && // only prefetch inbound links
          hostname === location.hostname
        ) {
          if (pathname !== location.pathname) {
            observer.observe(link2);
          } else {
            hasFetched.add(pathname);
          }
        }
      });
    });
  };
  onMounted(observeLinks);
  const route = useRoute();
  watch(() => route.path, observeLinks);
  onUnmounted(() => {
    observer && observer.disconnect();
  });
}
function resolveThemeExtends(theme2) {
  if (theme2.extends) {
    const base = resolveThemeExtends(theme2.extends);
    return {
      ...base,
      ...theme2,
      async enhanceApp(ctx) {
        if (base.enhanceApp)
          await base.enhanceApp(ctx);
        if (theme2.enhanceApp)
          await theme2.enhanceApp(ctx);
      }
    };
  }
  return theme2;
}
const Theme = resolveThemeExtends(RawTheme);
const VitePressApp = defineComponent({
  name: "VitePressApp",
  setup() {
    const { site, lang, dir } = useData$1();
    onMounted(() => {
      watchEffect(() => {
        document.documentElement.lang = lang.value;
        document.documentElement.dir = dir.value;
      });
    });
    if (site.value.router.prefetchLinks) {
      usePrefetch();
    }
    useCopyCode();
    useCodeGroups();
    if (Theme.setup)
      Theme.setup();
    return () => h(Theme.Layout);
  }
});
async function createApp() {
  globalThis.__VITEPRESS__ = true;
  const router = newRouter();
  const app = newApp();
  app.provide(RouterSymbol, router);
  const data = initData(router.route);
  app.provide(dataSymbol, data);
  app.component("Content", Content);
  app.component("ClientOnly", ClientOnly);
  Object.defineProperties(app.config.globalProperties, {
    $frontmatter: {
      get() {
        return data.frontmatter.value;
      }
    },
    $params: {
      get() {
        return data.page.value.params;
      }
    }
  });
  if (Theme.enhanceApp) {
    await Theme.enhanceApp({
      app,
      router,
      siteData: siteDataRef
    });
  }
  return { app, router, data };
}
function newApp() {
  return createSSRApp(VitePressApp);
}
function newRouter() {
  let isInitialPageLoad = inBrowser;
  return createRouter((path) => {
    let pageFilePath = pathToFile(path);
    let pageModule = null;
    if (pageFilePath) {
      if (isInitialPageLoad) {
        pageFilePath = pageFilePath.replace(/\.js$/, ".lean.js");
      }
      if (false) ;
      else {
        pageModule = import(
          /*@vite-ignore*/
          pageFilePath
        );
      }
    }
    if (inBrowser) {
      isInitialPageLoad = false;
    }
    return pageModule;
  }, Theme.NotFound);
}
if (inBrowser) {
  createApp().then(({ app, router, data }) => {
    router.go().then(() => {
      useUpdateHead(router.route, data.site);
      app.mount("#app");
    });
  });
}
async function render(path) {
  const { app, router } = await createApp();
  await router.go(path);
  const ctx = { content: "", vpSocialIcons: /* @__PURE__ */ new Set() };
  ctx.content = await renderToString(app, ctx);
  return ctx;
}
export {
  useRouter as a,
  createSearchTranslate as c,
  dataSymbol as d,
  escapeRegExp as e,
  inBrowser as i,
  pathToFile as p,
  render,
  useData as u
};
