%% Regular expressions with the re module: run with captures (index, list,
%% binary, named groups), global matching, replace with back-references,
%% split, caseless and unicode options, and compile errors.
-module(otp_re).
-export([main/0]).

main() ->
    S = <<"2024-01-15, 1999-12-31 and 2000-02-29">>,
    {ok, MP} = re:compile("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})"),
    [re:run(S, MP), re:run(S, MP, [{capture, all, binary}]), re:run(S, MP, [global, {capture, [y], list}]),
     re:run(S, MP, [{capture, [d, m], binary}]), re:run("abc", "x"), re:run("abc", "B", [caseless, {capture, none}]),
     re:replace(S, "(\\d{4})-(\\d{2})-(\\d{2})", "\\3/\\2/\\1", [global, {return, binary}]),
     re:replace("aaa", "a", "b", [{return, list}]), re:split("a1b22c333d", "\\d+", [{return, list}]),
     re:split(<<"x, y,z">>, ",\\s*"), re:run("héllo", "l+", [unicode, {capture, all, list}]),
     re:run(<<"日本語"/utf8>>, <<"本"/utf8>>, [unicode]), re:replace("a.b.c", "\\.", "-", [global, {return, binary}]),
     element(1, re:compile("(unclosed")), re:run("AbC", "^[a-z]+$", [caseless, {capture, first, list}])].
