%% The standard I/O servers of beamr: `user` (standard input and output) and
%% `standard_error`. They speak the Erlang I/O protocol, so OTP's io, io_lib and
%% file modules work unmodified. Bytes go through two native functions:
%% beamr_io:write(Fd, IoData), and beamr_io:read(Fd), which asks the poller to send
%% {beamr_input, Fd, Data | eof} to the caller when input is available.
-module(beamr_io).
-export([start_user/0, start_standard_error/0, server/2]).
-export([write/2, read/1]).

-record(state, {fd, encoding = unicode, binary = false, buffer = <<>>, eof = false}).

start_user() -> spawn(?MODULE, server, [user, 1]).
start_standard_error() -> spawn(?MODULE, server, [standard_error, 2]).

%% Native functions (implemented by the VM).
write(_Fd, _IoData) -> erlang:nif_error(undefined).
read(_Fd) -> erlang:nif_error(undefined).

server(Name, Fd) ->
    _ = (catch register(Name, self())),
    process_flag(trap_exit, true),
    loop(#state{fd = Fd}).

loop(State) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, NewState} = request(Request, State),
            From ! {io_reply, ReplyAs, Reply},
            loop(NewState);
        _Other ->
            loop(State)
    end.

%% Requests without an encoding are latin1, as in the protocol's old forms.
request({put_chars, Chars}, S) -> request({put_chars, latin1, Chars}, S);
request({put_chars, M, F, A}, S) -> request({put_chars, latin1, M, F, A}, S);
request({get_line, Prompt}, S) -> request({get_line, latin1, Prompt}, S);
request({get_chars, Prompt, N}, S) -> request({get_chars, latin1, Prompt, N}, S);
request({get_until, Prompt, M, F, A}, S) -> request({get_until, latin1, Prompt, M, F, A}, S);
request({put_chars, Encoding, Chars}, S) ->
    {put_chars(Encoding, Chars, S), S};
request({put_chars, Encoding, M, F, A}, S) ->
    case catch apply(M, F, A) of
        {'EXIT', _} -> {{error, F}, S};
        Chars -> {put_chars(Encoding, Chars, S), S}
    end;
request({get_line, Encoding, Prompt}, S) ->
    prompt(Prompt, S),
    get_line(Encoding, S);
request({get_chars, Encoding, Prompt, N}, S) ->
    prompt(Prompt, S),
    get_chars(Encoding, N, S);
request({get_until, Encoding, Prompt, M, F, A}, S) ->
    prompt(Prompt, S),
    get_until(Encoding, M, F, A, [], S);
request({get_password, Encoding}, S) ->
    get_line(Encoding, S);
request({setopts, Opts}, S) when is_list(Opts) ->
    setopts(Opts, S);
request(getopts, S) ->
    {[{binary, S#state.binary}, {encoding, S#state.encoding}], S};
request({get_geometry, _}, S) ->
    {{error, enotsup}, S};
request({requests, Requests}, S) ->
    requests(Requests, ok, S);
request(_Other, S) ->
    {{error, request}, S}.

requests([], Reply, S) -> {Reply, S};
requests([R | Rs], _, S) ->
    case request(R, S) of
        {{error, _} = Error, S1} -> {Error, S1};
        {Reply, S1} -> requests(Rs, Reply, S1)
    end.

setopts([], S) -> {ok, S};
setopts([binary | Rest], S) -> setopts(Rest, S#state{binary = true});
setopts([list | Rest], S) -> setopts(Rest, S#state{binary = false});
setopts([{binary, B} | Rest], S) when is_boolean(B) -> setopts(Rest, S#state{binary = B});
setopts([{encoding, E} | Rest], S) when E =:= unicode; E =:= utf8 -> setopts(Rest, S#state{encoding = unicode});
setopts([{encoding, latin1} | Rest], S) -> setopts(Rest, S#state{encoding = latin1});
setopts([{echo, _} | Rest], S) -> setopts(Rest, S);
setopts([{expand_fun, _} | Rest], S) -> setopts(Rest, S);
setopts(_, S) -> {{error, enotsup}, S}.

%% Characters in request encoding `Encoding` become bytes in the device encoding.
put_chars(Encoding, Chars, #state{fd = Fd, encoding = Device}) ->
    case unicode:characters_to_binary(Chars, in_encoding(Encoding), Device) of
        Bin when is_binary(Bin) -> write(Fd, Bin);
        _ -> {error, {no_translation, in_encoding(Encoding), Device}}
    end.

in_encoding(utf8) -> unicode;
in_encoding(E) -> E.

prompt('', _S) -> ok;
prompt("", _S) -> ok;
prompt(<<>>, _S) -> ok;
prompt(Prompt, #state{encoding = Device}) ->
    Chars = case catch io_lib:format("~ts", [Prompt]) of
                {'EXIT', _} -> io_lib:format("~p", [Prompt]);
                Text -> Text
            end,
    case unicode:characters_to_binary(Chars, unicode, Device) of
        Bin when is_binary(Bin) -> write(1, Bin);
        _ -> ok
    end.

%% Reads more input into the buffer; false at end of input.
fill(#state{eof = true} = S) -> {false, S};
fill(#state{buffer = Buffer} = S) ->
    ok = read(0),
    receive
        {beamr_input, _, eof} -> {false, S#state{eof = true}};
        {beamr_input, _, {error, _}} -> {false, S#state{eof = true}};
        {beamr_input, _, Data} -> {true, S#state{buffer = <<Buffer/binary, Data/binary>>}}
    end.

get_line(Encoding, S) ->
    case binary:match(S#state.buffer, <<"\n">>) of
        {Pos, 1} ->
            <<Line:Pos/binary, $\n, Rest/binary>> = S#state.buffer,
            {result(<<Line/binary, $\n>>, Encoding, S), S#state{buffer = Rest}};
        nomatch ->
            case fill(S) of
                {true, S1} -> get_line(Encoding, S1);
                {false, S1} when S1#state.buffer =:= <<>> -> {eof, S1};
                {false, S1} -> {result(S1#state.buffer, Encoding, S1), S1#state{buffer = <<>>}}
            end
    end.

get_chars(Encoding, N, S) ->
    case take_chars(S#state.buffer, N, S#state.encoding) of
        {Chars, Rest} -> {result(Chars, Encoding, S), S#state{buffer = Rest}};
        more ->
            case fill(S) of
                {true, S1} -> get_chars(Encoding, N, S1);
                {false, S1} when S1#state.buffer =:= <<>> -> {eof, S1};
                {false, S1} -> {result(S1#state.buffer, Encoding, S1), S1#state{buffer = <<>>}}
            end
    end.

%% The first N characters of the buffer (counted in the device encoding), or more.
take_chars(Buffer, N, latin1) when byte_size(Buffer) >= N ->
    <<Chars:N/binary, Rest/binary>> = Buffer,
    {Chars, Rest};
take_chars(_Buffer, _N, latin1) -> more;
take_chars(Buffer, N, unicode) -> take_utf8(Buffer, N, 0).

take_utf8(Buffer, 0, Bytes) ->
    <<Chars:Bytes/binary, Rest/binary>> = Buffer,
    {Chars, Rest};
take_utf8(Buffer, N, Bytes) ->
    case Buffer of
        <<_:Bytes/binary, _/utf8, _/binary>> ->
            <<_:Bytes/binary, C/utf8, _/binary>> = Buffer,
            take_utf8(Buffer, N - 1, Bytes + byte_size(<<C/utf8>>));
        _ -> more
    end.

get_until(Encoding, M, F, A, Cont, S) ->
    case S#state.buffer of
        <<>> when not S#state.eof ->
            {_, S1} = fill(S),
            get_until(Encoding, M, F, A, Cont, S1);
        Buffer ->
            Input = case Buffer of
                        <<>> -> eof;
                        _ -> result(Buffer, Encoding, S)
                    end,
            case catch apply(M, F, [Cont, Input | A]) of
                {done, Result, Rest} ->
                    {Result, S#state{buffer = rest_bytes(Rest, Encoding, S)}};
                {more, _} when Input =:= eof ->
                    {eof, S};
                {more, NewCont} ->
                    {_, S1} = fill(S#state{buffer = <<>>}),
                    get_until(Encoding, M, F, A, NewCont, S1);
                _ ->
                    {{error, F}, S}
            end
    end.

rest_bytes(eof, _, _) -> <<>>;
rest_bytes(Rest, Encoding, #state{encoding = Device}) when is_list(Rest) ->
    unicode:characters_to_binary(Rest, in_encoding(Encoding), Device);
rest_bytes(Rest, _, _) when is_binary(Rest) -> Rest.

%% Input bytes (in the device encoding) as the reply to a request in `Encoding`.
result(Bytes, Encoding, #state{encoding = Device, binary = Binary}) ->
    Chars = case Device of
                unicode -> unicode:characters_to_list(Bytes, unicode);
                latin1 -> binary_to_list(Bytes)
            end,
    case {Binary, in_encoding(Encoding)} of
        {true, unicode} -> unicode:characters_to_binary(Chars, unicode, unicode);
        {true, latin1} -> list_to_binary([C || C <- Chars, C < 256]);
        {false, _} -> Chars
    end.
