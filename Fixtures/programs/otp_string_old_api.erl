%% The older (list-only) string API that real code still uses: tokens,
%% join, str/rstr, substr, sub_word, words, strip, left/right/centre,
%% chars, copies, to_upper/to_lower, span/cspan.
-module(otp_string_old_api).
-export([main/0]).

main() ->
    S = "  the rain in spain  ",
    [string:tokens(S, " "), string:join(["a", "b", "c"], "--"), string:str(S, "ain"), string:rstr(S, "ain"),
     string:substr("abcdef", 2, 3), string:sub_word(S, 3), string:words(S), string:strip(S),
     string:strip("xxhixx", both, $x), string:left("ab", 5, $.), string:right("ab", 5, $.),
     string:centre("ab", 6), string:chars($z, 3), string:copies("ab", 3), string:to_upper("MiXeD 1"),
     string:to_lower("MiXeD 1"), string:span("aabbcc", "ab"), string:cspan("aabbcc", "c"),
     string:sub_string("abcdef", 3), string:chr("hello", $l), string:rchr("hello", $l)].
