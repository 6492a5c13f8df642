%% Larger guard sequences as in real code: classification of tokens, range
%% checks with mixed number types, guards on binaries, guards in case, if and
%% receive-free funs.
-module(guard_complex).
-export([main/0]).

main() ->
    Tokens = [$a, $Z, $5, $_, $\s, $\n, $+, 200, 16#3B1, -1, 1.0],
    [[tok(id(T)) || T <- Tokens],
     [grade(id(S)) || S <- [95, 85.5, 70, 60, 59.9, -1, 101, x]],
     [bin_kind(id(B)) || B <- [<<>>, <<"GET /">>, <<0, 0>>, <<1:1>>, <<"POST">>]],
     [if X > 10, X < 20 -> teen; X >= 20 -> big; true -> small end || X <- [5, 15, 25]],
     [(fun(Y) when Y rem 3 =:= 0, Y rem 5 =:= 0 -> fizzbuzz;
          (Y) when Y rem 3 =:= 0 -> fizz;
          (Y) when Y rem 5 =:= 0 -> buzz;
          (Y) -> Y end)(N) || N <- [1, 3, 5, 15, 22]]].

tok(C) when is_integer(C), C >= $a, C =< $z; is_integer(C), C >= $A, C =< $Z -> letter;
tok(C) when is_integer(C), C >= $0, C =< $9 -> digit;
tok($_) -> underscore;
tok(C) when C =:= $\s; C =:= $\t; C =:= $\n -> space;
tok(C) when is_integer(C), C > 127, C < 16#110000 -> unicode;
tok(C) when is_integer(C), C >= 0 -> symbol;
tok(_) -> invalid.

grade(S) when not is_number(S) -> invalid;
grade(S) when S > 100; S < 0 -> out_of_range;
grade(S) when S >= 90 -> a;
grade(S) when S >= 80 -> b;
grade(S) when S >= 60 -> c;
grade(_) -> f.

bin_kind(<<>>) -> empty;
bin_kind(<<"GET ", _/binary>>) -> get;
bin_kind(B) when is_binary(B), byte_size(B) =:= 2, binary_part(B, 0, 1) =:= <<0>> -> zero_pair;
bin_kind(B) when is_bitstring(B), not is_binary(B) -> bits;
bin_kind(_) -> other.

id(X) -> X.
