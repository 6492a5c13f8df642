%% The re module with Unicode: the unicode option on binaries and on character lists
%% (which re.erl converts), byte offsets in index results, list and binary captures of
%% multi-byte characters, ucp, global matching stepping over multi-byte characters and
%% CR LF, compiled unicode patterns, and invalid UTF-8.
-module(otp_re_unicode).
-export([main/0]).

main() ->
    Bin = <<"Grüße aus Köln, 東京 und Zürich"/utf8>>,
    List = unicode:characters_to_list(Bin),
    {ok, MP} = re:compile(<<"(\\w+)ü(\\w+)"/utf8>>, [unicode]),
    {ok, ListMP} = re:compile("k(ö)ln", [unicode, caseless]),
    [{shape, element(1, MP), element(2, MP), element(3, MP), element(4, MP)},
     {binary_index, re:run(Bin, MP)},
     {binary_binary, re:run(Bin, MP, [{capture, all, binary}])},
     {binary_list, re:run(Bin, MP, [{capture, all_but_first, list}])},
     {list_index, re:run(List, MP)},
     {list_list, re:run(List, MP, [{capture, all, list}])},
     {list_binary, re:run(List, MP, [{capture, [2], binary}])},
     {list_pattern, re:run(List, "(東)(京)", [unicode, {capture, all, list}])},
     {list_pattern_index, re:run(List, "東京", [unicode])},
     {caseless, re:run(Bin, ListMP, [{capture, all, list}])},
     {global, re:run(Bin, "\\w+", [unicode, global, {capture, all, binary}])},
     {global_list, re:run(List, "[äöü]", [unicode, global, {capture, first, list}])},
     {global_empty, re:run(<<"aé東"/utf8>>, "", [unicode, global])},
     {global_empty_list, re:run("aé東", "x*", [unicode, global, {capture, all, list}])},
     {dot, re:run(<<"東"/utf8>>, ".", [unicode, {capture, all, binary}])},
     {dot_bytes, re:run(<<"東"/utf8>>, ".", [{capture, all, binary}])},
     {ucp_word, re:run(<<"é"/utf8>>, "^\\w$", [unicode, ucp])},
     {no_ucp_word, re:run(<<"é"/utf8>>, "^\\w$", [unicode])},
     {property, re:run(<<"abc東京"/utf8>>, "\\p{Han}+", [unicode])},
     {caseless_unicode, re:run(<<"ÄÖÜ"/utf8>>, <<"äöü"/utf8>>, [unicode, caseless])},
     {latin1_list, re:run([$a, 233, $b], [233])},
     {latin1_caseless, re:run([201], [233], [caseless])},
     {latin1_word, re:run([$x, 233], "\\w+", [{capture, first, list}])},
     {latin1_class, re:run([223, 215], "[[:alpha:]]+|[[:punct:]]", [global, {capture, first, list}])},
     {latin1_list_capture, re:run([$a, 233, $b], "(.)b", [{capture, all, list}])},
     {offset, re:run(Bin, "\\w+", [unicode, {offset, 4}])},
     {names, re:run(List, "(?<word>K\\w+)", [unicode, {capture, [word], list}])},
     {crlf_global, re:run(<<"a\r\nb"/utf8>>, "", [unicode, global, {newline, crlf}])},
     {replace, re:replace(List, "ü", "ue", [unicode, global, {return, list}])},
     {replace_binary, re:replace(Bin, <<"ö"/utf8>>, <<"oe">>, [unicode, {return, binary}])},
     {split, re:split(List, "\\s*,\\s*|\\s+", [unicode, {return, list}])},
     {split_binary, re:split(Bin, <<"[,\\s]+">>, [unicode, {return, binary}, {parts, 3}])},
     {errors, [try F() of V -> {ok, V} catch error:R -> R end
               || F <- [fun() -> re:run(<<255, 254>>, <<"a">>, [unicode]) end,
                        fun() -> re:run(<<"a">>, <<255>>, [unicode]) end,
                        fun() -> re:run(<<"a">>, <<255>>, [unicode, report_errors]) end,
                        fun() -> re:compile(<<255>>, [unicode]) end,
                        fun() -> re:run(<<"aé"/utf8>>, MP, [{offset, 2}]) end,
                        fun() -> re:run(<<"abc">>, <<"b">>, [unicode, never_utf]) end,
                        fun() -> re:compile("(*UTF)a", [never_utf]) end]]}].
