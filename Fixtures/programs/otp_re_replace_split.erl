%% re:replace and re:split (Erlang code in re.erl over the native run/internal_run):
%% back-references (\N, \g{N}, &), global replacement, empty matches, the return types,
%% split's parts, trim and group options, precompiled patterns, unicode data, and the
%% errors both raise for bad options.
-module(otp_re_replace_split).
-export([main/0]).

main() ->
    [{replace, replaces()}, {split, splits()}, {errors, errors()}].

replaces() ->
    S = "The quick brown fox",
    {ok, MP} = re:compile("(\\w)(\\w*)"),
    [re:replace(S, "o", "0"),
     re:replace(S, "o", "0", [global, {return, list}]),
     re:replace(S, "(\\w+) (\\w+)", "\\2 \\1", [{return, binary}]),
     re:replace(S, "quick", "[&]", [{return, list}]),
     re:replace(S, "quick", "[\\&]", [{return, list}]),
     re:replace(S, "(q)(u)", "\\g{2}\\g1-\\\\", [{return, list}]),
     re:replace(S, "(q)", "\\9<\\0>", [{return, list}]),
     re:replace(S, MP, "\\2\\1ay", [global, {return, list}]),
     re:replace(S, "x*", "-", [global, {return, list}]),
     re:replace("abc", "", "-", [global, {return, binary}]),
     re:replace("abc", "$", "!", [{return, list}]),
     re:replace("aaa", "a", "b", [{return, iodata}]),
     re:replace(<<"a.b.c">>, "\\.", <<"::">>, [global, {return, binary}]),
     re:replace(["a", <<"b">>, [$c]], "b", "B", [{return, list}]),
     re:replace("ABC", "b", "x", [caseless, {return, list}]),
     re:replace("line1\nline2", "^l", "L", [multiline, global, {return, list}]),
     re:replace("a1b2", "\\d", "", [global, {return, list}]),
     re:replace("nothing", "x", "y"),
     re:replace("abcabc", "b", "X", [{offset, 2}, {return, list}]),
     re:replace("abab", "(a)|(b)", "[\\1|\\2]", [global, {return, list}]),
     re:replace("héllo wörld", "ö|é", "_", [unicode, global, {return, list}]),
     re:replace(<<"héllo"/utf8>>, <<"é"/utf8>>, <<"è"/utf8>>, [unicode, {return, binary}]),
     re:replace("a\r\nb\r\n", "$", "!", [global, multiline, {newline, crlf}, {return, list}]),
     re:replace("a\r\nb", "", ".", [global, {newline, anycrlf}, {return, list}])].

splits() ->
    S = "a1b22c333d",
    {ok, MP} = re:compile("(\\d)(\\d*)"),
    [re:split(S, "\\d+"),
     re:split(S, "\\d+", [{return, list}]),
     re:split(S, "(\\d)+", [{return, list}]),
     re:split(S, MP, [{return, list}]),
     re:split(S, MP, [group, {return, list}]),
     re:split(S, "\\d+", [{parts, 2}, {return, list}]),
     re:split(S, "\\d+", [{parts, 1}, {return, list}]),
     re:split(S, "\\d+", [{parts, infinity}, {return, list}]),
     re:split("a,b,,c,,", ",", [{return, list}]),
     re:split("a,b,,c,,", ",", [trim, {return, list}]),
     re:split("a,b,,c,,", ",", [{parts, 0}, {return, list}]),
     re:split("abc", "", [{return, list}]),
     re:split("abc", "x*", [{return, binary}]),
     re:split("", ",", [{return, list}]),
     re:split(",", ",", [{return, list}]),
     re:split(<<"k1=v1;k2=v2">>, "[=;]"),
     re:split(<<"k1=v1;k2=v2">>, "(=)|;", [group]),
     re:split("a b  c", " ", [{return, iodata}]),
     re:split("AxBXc", "x", [caseless, {return, list}]),
     re:split("one\ntwo\nthree", "^", [multiline, {return, list}]),
     re:split("ärt,öl", ",", [unicode, {return, list}]),
     re:split(<<"ärt,öl"/utf8>>, <<",">>, [unicode, {return, binary}]),
     re:split("a1b2c3", "\\d", [{offset, 2}, {return, list}]),
     re:split("a\r\nb\r\n", "$", [multiline, {newline, crlf}, {return, list}])].

errors() ->
    Cases = [fun() -> re:replace("a", "a", "b", [global, {return, bogus}]) end,
             fun() -> re:replace("a", "a", "b", [{capture, all}]) end,
             fun() -> re:replace("a", "(", "b") end,
             fun() -> re:replace(1, "a", "b") end,
             fun() -> re:split("a", "a", [global]) end,
             fun() -> re:split("a", "a", [{parts, -1}]) end,
             fun() -> re:split("a", "(") end,
             fun() -> re:split("a", "a", [{return, bogus}]) end],
    [try F() of V -> {ok, V} catch error:R -> R end || F <- Cases].
