%% Program output through io:format and io:put_chars: every common control
%% sequence (~p ~w ~s ~b ~.16B ~e ~f ~g ~c ~x ~# ~i ~n ~~ field widths,
%% padding, precision, left adjustment, ~tp/~ts with unicode). The result
%% line follows the printed text.
-module(otp_io_format).
-export([main/0]).

main() ->
    io:format("plain text~n"),
    io:format("~p ~w ~s~n", [{a, "str", <<"bin">>}, {a, "str", <<"bin">>}, "chars"]),
    io:format("~b ~.16B ~.2b ~.36B ~8.16.0B~n", [255, 255, 5, 1295, 48879]),
    io:format("~e ~f ~g ~.3f ~10.2f| ~-10.2f|~n", [3.14159, 3.14159, 3.14159, 2.0/3, 1.5, 1.5]),
    io:format("~c~c~3c ~5s| ~-5s| ~.2s~n", [$a, $b, $z, "ab", "ab", "abcdef"]),
    io:format("~x ~.16# ~X~n", [255, "0x", 255, 255, "0x"]),
    io:format("~i~s ~~ ~n", [ignored, "after ignore"]),
    io:format("~ts ~tp~n", ["Grüße 世界", "Grüße 世界"]),
    io:format("~10.3.*s|~n", [$_, "abcdef"]),
    io:format("~p~n", [lists:seq(1, 40)]),
    io:format("~P~n", [[1, [2, [3, [4, [5]]]]], 4]),
    io:put_chars("put_chars line\n"),
    io:put_chars(<<"binary put_chars\n">>),
    io:nl(),
    io:write({written, [1, 2]}),
    io:nl(),
    done.
