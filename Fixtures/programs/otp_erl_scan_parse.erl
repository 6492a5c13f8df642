%% The Erlang front end as a library: erl_scan tokens with locations,
%% erl_parse of expressions and forms, erl_eval evaluating them with
%% bindings, and erl_pp printing a form back.
-module(otp_erl_scan_parse).
-export([main/0]).

main() ->
    {ok, Tokens, End} = erl_scan:string("X = 1 + 2 * Y, {X, [a | \"bc\"]}."),
    {ok, Exprs} = erl_parse:parse_exprs(Tokens),
    {value, Value, Bindings} = erl_eval:exprs(Exprs, erl_eval:add_binding('Y', 10, erl_eval:new_bindings())),
    {ok, FTokens, _} = erl_scan:string("double(N) when is_integer(N) -> N * 2."),
    {ok, Form} = erl_parse:parse_form(FTokens),
    [length(Tokens), End, hd(Tokens), lists:last(Tokens), Exprs, Value, orddict:to_list(Bindings),
     Form, lists:flatten(erl_pp:form(Form)), erl_scan:string("'unterminated"),
     element(1, erl_parse:parse_exprs(element(2, erl_scan:string("1 + .")))),
     erl_scan:reserved_word('receive'), erl_scan:string("16#FF 2#101 $a 1.5e3 <<>>")].
