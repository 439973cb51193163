# Writes phone_page.cpp: the phone page's files as string literals, so the
# server serves them from the binary and never from disk.
set(page_dir ${CMAKE_CURRENT_LIST_DIR}/page)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${page_dir}/phone.html ${page_dir}/phone.js ${page_dir}/phone.css)
file(READ ${page_dir}/phone.html HEARTH_PAGE_HTML)
file(READ ${page_dir}/phone.js HEARTH_PAGE_JS)
file(READ ${page_dir}/phone.css HEARTH_PAGE_CSS)
set(out ${CMAKE_CURRENT_BINARY_DIR}/phone_page.cpp)
file(WRITE ${out}.tmp "// Generated from engine/phones/page/ by embed_page.cmake.
#include \"engine/phones/phone_server.hpp\"
namespace hearth {
namespace {
constexpr std::string_view kHtml = R\"HEARTHPAGE(${HEARTH_PAGE_HTML})HEARTHPAGE\";
constexpr std::string_view kJs = R\"HEARTHPAGE(${HEARTH_PAGE_JS})HEARTHPAGE\";
constexpr std::string_view kCss = R\"HEARTHPAGE(${HEARTH_PAGE_CSS})HEARTHPAGE\";
const PhoneAsset kAssets[] = {
    {\"text/html; charset=utf-8\", kHtml},
    {\"text/javascript; charset=utf-8\", kJs},
    {\"text/css; charset=utf-8\", kCss},
};
} // namespace
const PhoneAsset* phone_asset(std::string_view path) {
    if (path == \"/\" || path == \"/index.html\")
        return &kAssets[0];
    if (path == \"/phone.js\")
        return &kAssets[1];
    if (path == \"/phone.css\")
        return &kAssets[2];
    return nullptr;
}
} // namespace hearth
")
file(COPY_FILE ${out}.tmp ${out} ONLY_IF_DIFFERENT)
