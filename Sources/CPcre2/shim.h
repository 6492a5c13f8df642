// The 8-bit (UTF-8) PCRE2 library. Its API names are macros over width-suffixed
// functions (pcre2_compile -> pcre2_compile_8) that Swift cannot import, so Swift code
// calls the pcre2_*_8 functions directly.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
