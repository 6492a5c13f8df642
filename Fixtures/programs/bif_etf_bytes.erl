%% The exact bytes of term_to_binary/2 with every option for terms of all
%% serialisable kinds, round trips through binary_to_term/1,2, and the
%% decoder's answers to malformed, trailing and 'safe'/'used' inputs. Maps have
%% no atom keys: from OTP 26 their order follows atom creation.
-module(bif_etf_bytes).
-export([main/0, ext/1]).

main() ->
    Terms = [0, 255, 256, -1, -256, 1 bsl 31, -(1 bsl 31), (1 bsl 31) - 1, 1 bsl 32, 1 bsl 59,
             -(1 bsl 59), 1 bsl 64, 1 bsl 300, -(1 bsl 2100), 1.5, -0.0, 0.1, 1.0e300, a, 'Ω', '',
             'hello world', true, [], "abc", [1, 300], [a | b], [1, [2]], [1, 2 | 3], "", {}, {a, 1},
             {{{}}}, <<>>, <<1, 2, 3>>, <<5:3>>, <<1, 7:4>>, <<"hello">>, #{}, #{1 => 2},
             #{<<"k">> => [], 2 => {}}, #{1 => {x}, 2.5 => [y], "z" => <<>>}, #{1 => a, 1.0 => b},
             fun lists:map/2, fun erlang:element/2, fun ?MODULE:ext/1,
             maps:from_list([{I, {I}} || I <- seq(1, 40)]),
             maps:from_list([{integer_to_binary(I), I} || I <- seq(1, 50)]),
             dup(300, x), dup(70000, 1), list_to_tuple(dup(300, 0)), dup(100, 0), dup(50, <<"ab">>)],
    Opts = [[], [{minor_version, 0}], [{minor_version, 1}], [{minor_version, 2}], [compressed],
            [{compressed, 0}], [{compressed, 1}], [{compressed, 9}], [deterministic],
            [compressed, {minor_version, 1}]],
    Encoded = [[term_to_binary(T, O) || O <- Opts] || T <- Terms],
    [[[B || B <- Row, byte_size(B) < 200] || Row <- Encoded],
     [[erlang:md5(B) || B <- Row] || Row <- Encoded],
     [[binary_to_term(B) =:= T || B <- Row] || {T, Row} <- zip(Terms, Encoded)],
     [f(fun() -> term_to_binary(a, O) end)
      || O <- [[bad], [{compressed, 10}], [{compressed, -1}], [{minor_version, 3}], a,
               [compressed | a], [{minor_version, 1, 2}]]],
     [f(fun() -> binary_to_term(B) end)
      || B <- [<<>>, <<131>>, <<130, 97, 1>>, <<131, 97>>, <<131, 97, 1, 2, 3>>, <<131, 106, 0>>,
               <<131, 107, 0, 5, 1>>, <<131, 100, 0, 3, 97, 98>>, <<131, 119, 2, 255, 255>>,
               <<131, 111, 0, 0, 0, 1, 2, 7>>, <<131, 110, 1, 255, 7>>, <<131, 110, 0, 0>>,
               <<131, 77, 0, 0, 0, 1, 0, 1>>, <<131, 77, 0, 0, 0, 1, 9, 1>>, <<131, 77, 0, 0, 0, 0, 8>>,
               <<131, 77, 0, 0, 0, 1, 3, 255>>, <<131, 109, 0, 0, 0, 1, 5, 6>>,
               <<131, 104, 1, 106, 106>>, <<131, 99, "2.5", 0:224>>, <<131, 200>>, <<1:7>>, a,
               <<131, 80, 0, 0, 0, 2, 120, 156, 75, 100, 2, 0, 0, 203, 0, 99>>,
               <<131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3>>]],
     [f(fun() -> binary_to_term(B, O) end)
      || {B, O} <- [{<<131, 97, 1, 99, 99>>, [used]}, {<<131, 106>>, [used, safe]},
                    {<<131, 100, 0, 2, "ok">>, [safe]},
                    {<<131, 100, 0, 12, "zq_not_there">>, [safe]},
                    {<<131, 97, 1>>, [bad]}, {<<131, 97, 1>>, [used | x]}]]].

ext(X) -> X.

f(F) -> try F() catch C:R -> {C, R} end.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

dup(0, _) -> [];
dup(N, X) -> [X | dup(N - 1, X)].

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip([], []) -> [].
