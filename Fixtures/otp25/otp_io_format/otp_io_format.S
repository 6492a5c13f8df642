{module,otp_io_format}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,7}.
{function,main,0,2}.
{label,1}.
{line,[{location,"otp_io_format.erl",8}]}.
{func_info,{atom,otp_io_format},{atom,main},0}.
{label,2}.
{allocate,0,0}.
{move,{literal,"plain text~n"},{x,0}}.
{line,[{location,"otp_io_format.erl",9}]}.
{call_ext,1,{extfunc,io,format,1}}.
{move,{literal,[{a,"str",<<"bin">>},{a,"str",<<"bin">>},"chars"]},{x,1}}.
{move,{literal,"~p ~w ~s~n"},{x,0}}.
{line,[{location,"otp_io_format.erl",10}]}.
{call_ext,2,{extfunc,io,format,2}}.
{move,{literal,[255,255,5,1295,48879]},{x,1}}.
{move,{literal,"~b ~.16B ~.2b ~.36B ~8.16.0B~n"},{x,0}}.
{line,[{location,"otp_io_format.erl",11}]}.
{call_ext,2,{extfunc,io,format,2}}.
{move,{literal,[3.14159,3.14159,3.14159,0.6666666666666666,1.5,1.5]},{x,1}}.
{move,{literal,"~e ~f ~g ~.3f ~10.2f| ~-10.2f|~n"},{x,0}}.
{line,[{location,"otp_io_format.erl",12}]}.
{call_ext,2,{extfunc,io,format,2}}.
{move,{literal,[97,98,122,"ab","ab","abcdef"]},{x,1}}.
{move,{literal,"~c~c~3c ~5s| ~-5s| ~.2s~n"},{x,0}}.
{line,[{location,"otp_io_format.erl",13}]}.
{call_ext,2,{extfunc,io,format,2}}.
{move,{literal,[255,"0x",255,255,"0x"]},{x,1}}.
{move,{literal,"~x ~.16# ~X~n"},{x,0}}.
{line,[{location,"otp_io_format.erl",14}]}.
{call_ext,2,{extfunc,io,format,2}}.
{move,{literal,[ignored,"after ignore"]},{x,1}}.
{move,{literal,"~i~s ~~ ~n"},{x,0}}.
{line,[{location,"otp_io_format.erl",15}]}.
{call_ext,2,{extfunc,io,format,2}}.
{move,{literal,[[71,114,252,223,101,32,19990,30028],[71,114,252,223,101,32,19990,30028]]},{x,1}}.
{move,{literal,"~ts ~tp~n"},{x,0}}.
{line,[{location,"otp_io_format.erl",16}]}.
{call_ext,2,{extfunc,io,format,2}}.
{move,{literal,[95,"abcdef"]},{x,1}}.
{move,{literal,"~10.3.*s|~n"},{x,0}}.
{line,[{location,"otp_io_format.erl",17}]}.
{call_ext,2,{extfunc,io,format,2}}.
{move,{integer,40},{x,1}}.
{move,{integer,1},{x,0}}.
{line,[{location,"otp_io_format.erl",18}]}.
{call_ext,2,{extfunc,lists,seq,2}}.
{test_heap,2,1}.
{put_list,{x,0},nil,{x,1}}.
{move,{literal,"~p~n"},{x,0}}.
{call_ext,2,{extfunc,io,format,2}}.
{move,{literal,[[1,[2,[3,[4,[5]]]]],4]},{x,1}}.
{move,{literal,"~P~n"},{x,0}}.
{line,[{location,"otp_io_format.erl",19}]}.
{call_ext,2,{extfunc,io,format,2}}.
{move,{literal,"put_chars line\n"},{x,0}}.
{line,[{location,"otp_io_format.erl",20}]}.
{call_ext,1,{extfunc,io,put_chars,1}}.
{move,{literal,<<"binary put_chars\n">>},{x,0}}.
{line,[{location,"otp_io_format.erl",21}]}.
{call_ext,1,{extfunc,io,put_chars,1}}.
{line,[{location,"otp_io_format.erl",22}]}.
{call_ext,0,{extfunc,io,nl,0}}.
{move,{literal,{written,[1,2]}},{x,0}}.
{line,[{location,"otp_io_format.erl",23}]}.
{call_ext,1,{extfunc,io,write,1}}.
{line,[{location,"otp_io_format.erl",24}]}.
{call_ext,0,{extfunc,io,nl,0}}.
{move,{atom,done},{x,0}}.
{deallocate,0}.
return.
{function,module_info,0,4}.
{label,3}.
{line,[]}.
{func_info,{atom,otp_io_format},{atom,module_info},0}.
{label,4}.
{move,{atom,otp_io_format},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,6}.
{label,5}.
{line,[]}.
{func_info,{atom,otp_io_format},{atom,module_info},1}.
{label,6}.
{move,{x,0},{x,1}}.
{move,{atom,otp_io_format},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
