/// The corpus: real-style commune notices, each with the words a careful Northern announcer says.
/// Each entry is a written line, then "= " and the expected words (sentences joined by " | ").
/// Written by hand from the kinds of notices communes air; the expected words were checked one by one.
enum Corpus {
    /// Storm, flood, cold and heat bulletins.
    static let storms = """
Hồi 13h00 ngày 15/9/2024, vị trí tâm bão số 3 ở vào khoảng 19,5 độ Vĩ Bắc; 107,2 độ Kinh Đông.
= hồi mười ba giờ ngày mười lăm tháng chín năm hai nghìn không trăm hai mươi tư vị trí tâm bão số ba ở vào khoảng mười chín phẩy năm độ vĩ bắc một trăm linh bảy phẩy hai độ kinh đông
Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 10-11 (89-117 km/h), giật cấp 13.
= sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười đến mười một tám mươi chín đến một trăm mười bảy ki lô mét trên giờ giật cấp mười ba
Dự báo trong 24h tới, bão di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được 15-20km.
= dự báo trong hai mươi tư giờ tới bão di chuyển theo hướng tây tây bắc mỗi giờ đi được mười lăm đến hai mươi ki lô mét
Từ đêm nay 15/9 đến hết ngày 17/9, khu vực Bắc Bộ có mưa to đến rất to với lượng mưa phổ biến 100-200mm, có nơi trên 350mm.
= từ đêm nay ngày mười lăm tháng chín đến hết ngày mười bảy tháng chín khu vực bắc bộ có mưa to đến rất to với lượng mưa phổ biến một trăm đến hai trăm mi li mét có nơi trên ba trăm năm mươi mi li mét
Ban Chỉ huy PCTT và TKCN xã yêu cầu các thôn triển khai ngay phương án sơ tán dân.
= ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn xã yêu cầu các thôn triển khai ngay phương án sơ tán dân
UBND xã thông báo: do ảnh hưởng của bão số 3, mực nước sông Hồng tại Hà Nội lúc 7h sáng nay là 9,8m.
= ủy ban nhân dân xã thông báo do ảnh hưởng của bão số ba mực nước sông hồng tại hà nội lúc bảy giờ sáng nay là chín phẩy tám mét
Dự báo đến 19h ngày 10/9, mực nước sông Thao tại Phú Thọ có khả năng lên mức 20,5m, trên báo động III 0,5m.
= dự báo đến mười chín giờ ngày mười tháng chín mực nước sông thao tại phú thọ có khả năng lên mức hai mươi phẩy năm mét trên báo động ba không phẩy năm mét
Đề nghị bà con không ra khơi, không đánh bắt thủy sản trong thời gian từ 12h ngày 14/9 đến khi có thông báo mới.
= đề nghị bà con không ra khơi không đánh bắt thủy sản trong thời gian từ mười hai giờ ngày mười bốn tháng chín đến khi có thông báo mới
Các hộ dân ở ven sông, vùng trũng thấp cần di chuyển người và tài sản đến nơi an toàn trước 17h hôm nay.
= các hộ dân ở ven sông vùng trũng thấp cần di chuyển người và tài sản đến nơi an toàn trước mười bảy giờ hôm nay
Ban chỉ huy PCTT xã đã chuẩn bị 200 áo phao, 15 xuồng và 2 tấn lương thực dự phòng.
= ban chỉ huy phòng chống thiên tai xã đã chuẩn bị hai trăm áo phao mười lăm xuồng và hai tấn lương thực dự phòng
Nhiệt độ thấp nhất ở vùng núi phổ biến 10-13°C, vùng núi cao có nơi dưới 5°C.
= nhiệt độ thấp nhất ở vùng núi phổ biến mười đến mười ba độ xê vùng núi cao có nơi dưới năm độ xê
Không khí lạnh tăng cường, trời rét đậm, rét hại, nhiệt độ thấp nhất 8-11°C.
= không khí lạnh tăng cường trời rét đậm rét hại nhiệt độ thấp nhất tám đến mười một độ xê
Ở vùng núi cao có khả năng xảy ra băng giá, nhiệt độ có nơi dưới 0°C, thấp nhất -2°C.
= ở vùng núi cao có khả năng xảy ra băng giá nhiệt độ có nơi dưới không độ xê thấp nhất âm hai độ xê
Bà con cần che chắn chuồng trại, giữ ấm cho trâu bò, không thả rông gia súc khi nhiệt độ dưới 10°C.
= bà con cần che chắn chuồng trại giữ ấm cho trâu bò không thả rông gia súc khi nhiệt độ dưới mười độ xê
Trận mưa lớn đêm 22/8 đã làm 35 ha lúa và 12 ha hoa màu của xã bị ngập úng.
= trận mưa lớn đêm ngày hai mươi hai tháng tám đã làm ba mươi lăm héc ta lúa và mười hai héc ta hoa màu của xã bị ngập úng
Lượng mưa đo được tại trạm Lạc Sơn từ 19h ngày 20/7 đến 7h ngày 21/7 là 156mm.
= lượng mưa đo được tại trạm lạc sơn từ mười chín giờ ngày hai mươi tháng bảy đến bảy giờ ngày hai mươi mốt tháng bảy là một trăm năm mươi sáu mi li mét
Đề nghị các hộ gia đình dự trữ lương thực, nước uống, thuốc men đủ dùng trong 5-7 ngày.
= đề nghị các hộ gia đình dự trữ lương thực nước uống thuốc men đủ dùng trong năm đến bảy ngày
Mọi thông tin cần hỗ trợ, bà con gọi số điện thoại 0912 345 678 của đồng chí Trưởng ban.
= mọi thông tin cần hỗ trợ bà con gọi số điện thoại không chín một hai ba bốn năm sáu bảy tám của đồng chí trưởng ban
Đường dây nóng của Ban chỉ huy PCTT huyện: 0203.3851.234.
= đường dây nóng của ban chỉ huy phòng chống thiên tai huyện không hai không ba ba tám năm một hai ba bốn
Cấp độ rủi ro thiên tai do mưa lớn: cấp 2.
= cấp độ rủi ro thiên tai do mưa lớn cấp hai
Cấp độ rủi ro thiên tai do gió mạnh trên biển: cấp 3-4.
= cấp độ rủi ro thiên tai do gió mạnh trên biển cấp ba đến bốn
Bão số 1 năm 2024 có tên quốc tế là EWINIAR.
= bão số một năm hai nghìn không trăm hai mươi tư có tên quốc tế là ewiniar
Áp thấp nhiệt đới đã mạnh lên thành bão, sức gió mạnh nhất cấp 8 (62-74km/h).
= áp thấp nhiệt đới đã mạnh lên thành bão sức gió mạnh nhất cấp tám sáu mươi hai đến bảy mươi tư ki lô mét trên giờ
Vùng nguy hiểm trong 24 giờ tới: phía Bắc vĩ tuyến 18,0 độ.
= vùng nguy hiểm trong hai mươi tư giờ tới phía bắc vĩ tuyến mười tám phẩy không độ
Sáng nay lúc 4h30, mực nước hồ Hòa Bình ở mức 115,6m.
= sáng nay lúc bốn giờ ba mươi phút mực nước hồ hòa bình ở mức một trăm mười lăm phẩy sáu mét
Thủy điện Hòa Bình mở 3 cửa xả đáy từ 14h ngày 10/9/2024.
= thủy điện hòa bình mở ba cửa xả đáy từ mười bốn giờ ngày mười tháng chín năm hai nghìn không trăm hai mươi tư
Lưu lượng xả khoảng 5.500 m3/s.
= lưu lượng xả khoảng năm nghìn năm trăm mét khối trên giây
Đề nghị các phương tiện không lưu thông qua ngầm tràn Khe Lau khi nước chảy xiết.
= đề nghị các phương tiện không lưu thông qua ngầm tràn khe lau khi nước chảy xiết
Tuyến đường TL 435 đoạn qua thôn Đồng Bãi bị sạt lở khoảng 150m³ đất đá.
= tuyến đường tỉnh lộ bốn trăm ba mươi lăm đoạn qua thôn đồng bãi bị sạt lở khoảng một trăm năm mươi mét khối đất đá
Xe trên 10 tấn không được đi qua cầu tràn cho đến khi có thông báo mới.
= xe trên mười tấn không được đi qua cầu tràn cho đến khi có thông báo mới
QL6 đoạn Km 85 đến Km 87 bị ách tắc do sạt lở.
= quốc lộ sáu đoạn ki lô mét tám mươi lăm đến ki lô mét tám mươi bảy bị ách tắc do sạt lở
Lực lượng xung kích của xã trực 24/24 giờ tại các điểm xung yếu.
= lực lượng xung kích của xã trực hai mươi tư trên hai mươi tư giờ tại các điểm xung yếu
Hồi 1h ngày 3/11, vị trí tâm ATNĐ ở vào khoảng 12,0 độ Vĩ Bắc; 115,3 độ Kinh Đông.
= hồi một giờ ngày ba tháng mười một vị trí tâm áp thấp nhiệt đới ở vào khoảng mười hai phẩy không độ vĩ bắc một trăm mười lăm phẩy ba độ kinh đông
Khu vực Hà Nội có mưa vừa, mưa to, lượng mưa từ 30-60mm.
= khu vực hà nội có mưa vừa mưa to lượng mưa từ ba mươi đến sáu mươi mi li mét
Đợt nắng nóng gay gắt, nhiệt độ cao nhất 37-39°C, có nơi trên 40°C.
= đợt nắng nóng gay gắt nhiệt độ cao nhất ba mươi bảy đến ba mươi chín độ xê có nơi trên bốn mươi độ xê
Độ ẩm thấp nhất 45-50%.
= độ ẩm thấp nhất bốn mươi lăm đến năm mươi phần trăm
Bà con hạn chế ra ngoài trời từ 11h đến 16h.
= bà con hạn chế ra ngoài trời từ mười một giờ đến mười sáu giờ
Trong ngày 5/6, xã đã ghi nhận 3 vụ cháy rừng với tổng diện tích 2,5 ha.
= trong ngày năm tháng sáu xã đã ghi nhận ba vụ cháy rừng với tổng diện tích hai phẩy năm héc ta
Cấp dự báo cháy rừng hiện ở cấp V, cấp cực kỳ nguy hiểm.
= cấp dự báo cháy rừng hiện ở cấp năm cấp cực kỳ nguy hiểm
Nghiêm cấm đốt nương, đốt rác ven rừng trong thời gian từ 1/5 đến 31/8.
= nghiêm cấm đốt nương đốt rác ven rừng trong thời gian từ ngày một tháng năm đến ngày ba mươi mốt tháng tám
Mưa lũ từ ngày 8-11/9/2024 làm 2 người chết, 5 người bị thương.
= mưa lũ từ ngày tám đến mười một tháng chín năm hai nghìn không trăm hai mươi tư làm hai người chết năm người bị thương
Ước tính thiệt hại khoảng 12,5 tỷ đồng.
= ước tính thiệt hại khoảng mười hai phẩy năm tỷ đồng
Xã đã hỗ trợ mỗi hộ bị sập nhà 5 triệu đồng, hộ bị tốc mái 2 triệu đồng.
= xã đã hỗ trợ mỗi hộ bị sập nhà năm triệu đồng hộ bị tốc mái hai triệu đồng
Đoàn công tác của tỉnh do đồng chí Phó Chủ tịch UBND tỉnh làm trưởng đoàn thăm hỏi bà con vùng lũ.
= đoàn công tác của tỉnh do đồng chí phó chủ tịch ủy ban nhân dân tỉnh làm trưởng đoàn thăm hỏi bà con vùng lũ
Mực nước sông Lô tại Tuyên Quang lúc 15h là 26,35m, dưới báo động II 0,15m.
= mực nước sông lô tại tuyên quang lúc mười lăm giờ là hai mươi sáu phẩy ba mươi lăm mét dưới báo động hai không phẩy mười lăm mét
Biển động rất mạnh, sóng biển cao 4-6m, vùng gần tâm bão 6-8m.
= biển động rất mạnh sóng biển cao bốn đến sáu mét vùng gần tâm bão sáu đến tám mét
Các tàu thuyền đang hoạt động phải khẩn trương về nơi tránh trú trước 18h ngày 6/9.
= các tàu thuyền đang hoạt động phải khẩn trương về nơi tránh trú trước mười tám giờ ngày sáu tháng chín
Đến 16h ngày 5/9, đã có 1.250 tàu cá với 5.638 lao động được thông báo, nắm được vị trí.
= đến mười sáu giờ ngày năm tháng chín đã có một nghìn hai trăm năm mươi tàu cá với năm nghìn sáu trăm ba mươi tám lao động được thông báo nắm được vị trí
Đợt rét này có khả năng kéo dài đến hết ngày 25/1/2025.
= đợt rét này có khả năng kéo dài đến hết ngày hai mươi lăm tháng một năm hai nghìn không trăm hai mươi lăm
Nhiệt độ trung bình ngày ở Bắc Bộ phổ biến 13-15 độ.
= nhiệt độ trung bình ngày ở bắc bộ phổ biến mười ba đến mười lăm độ
Tầm nhìn xa trong mưa có lúc giảm xuống dưới 1km.
= tầm nhìn xa trong mưa có lúc giảm xuống dưới một ki lô mét
Lũ quét, sạt lở đất có nguy cơ cao ở các xã vùng núi của huyện.
= lũ quét sạt lở đất có nguy cơ cao ở các xã vùng núi của huyện
Ban CHQS xã huy động 30 dân quân hỗ trợ nhân dân chằng chống nhà cửa.
= ban chỉ huy quân sự xã huy động ba mươi dân quân hỗ trợ nhân dân chằng chống nhà cửa
Hạn chót các hộ ở vùng nguy hiểm phải sơ tán: 20h ngày 14/9.
= hạn chót các hộ ở vùng nguy hiểm phải sơ tán hai mươi giờ ngày mười bốn tháng chín
Đề nghị bà con cắt điện khi nước vào nhà, không dùng điện để đánh bắt cá.
= đề nghị bà con cắt điện khi nước vào nhà không dùng điện để đánh bắt cá
Kể từ 0h ngày 16/9, mọi người không ra khỏi nhà khi bão đổ bộ.
= kể từ không giờ ngày mười sáu tháng chín mọi người không ra khỏi nhà khi bão đổ bộ
Trạm y tế xã trực cấp cứu 24/7, số điện thoại 0203 3862 115.
= trạm y tế xã trực cấp cứu hai mươi tư trên bảy số điện thoại không hai không ba ba tám sáu hai một một năm
Xã đã sơ tán 156 hộ với 612 nhân khẩu đến nơi an toàn.
= xã đã sơ tán một trăm năm mươi sáu hộ với sáu trăm mười hai nhân khẩu đến nơi an toàn
Khu vực Bắc Bộ đêm nay có mưa rào và dông rải rác, trong cơn dông có khả năng xảy ra lốc, sét, mưa đá và gió giật mạnh.
= khu vực bắc bộ đêm nay có mưa rào và dông rải rác trong cơn dông có khả năng xảy ra lốc sét mưa đá và gió giật mạnh
Gió Đông Bắc cấp 3, ven biển cấp 4.
= gió đông bắc cấp ba ven biển cấp bốn
Ngày 16/9, nhiệt độ cao nhất ở đồng bằng 28-31°C.
= ngày mười sáu tháng chín nhiệt độ cao nhất ở đồng bằng hai mươi tám đến ba mươi mốt độ xê
Bản tin dự báo thời tiết phát lúc 5h30 và 17h30 hằng ngày.
= bản tin dự báo thời tiết phát lúc năm giờ ba mươi phút và mười bảy giờ ba mươi phút hằng ngày
Tổng lượng mưa cả đợt phổ biến 150-250mm, có nơi trên 400mm.
= tổng lượng mưa cả đợt phổ biến một trăm năm mươi đến hai trăm năm mươi mi li mét có nơi trên bốn trăm mi li mét
Bão số 3 (YAGI) là cơn bão mạnh nhất trên Biển Đông trong 30 năm qua.
= bão số ba yagi là cơn bão mạnh nhất trên biển đông trong ba mươi năm qua
Ông Nguyễn Văn An, thôn 4, bị lũ cuốn trôi lúc 21h ngày 9/9, đến nay chưa tìm thấy.
= ông nguyễn văn an thôn bốn bị lũ cuốn trôi lúc hai mươi mốt giờ ngày chín tháng chín đến nay chưa tìm thấy
Lúc 19h ngày 11/9, nước sông Cầu tại Đáp Cầu đạt 7,82m, trên mức lịch sử năm 1968 là 0,2m.
= lúc mười chín giờ ngày mười một tháng chín nước sông cầu tại đáp cầu đạt bảy phẩy tám mươi hai mét trên mức lịch sử năm một nghìn chín trăm sáu mươi tám là không phẩy hai mét
Các trường MN, TH và THCS trên địa bàn cho học sinh nghỉ học ngày 7/9.
= các trường mầm non tiểu học và trung học cơ sở trên địa bàn cho học sinh nghỉ học ngày bảy tháng chín
Mọi hư hỏng về điện, bà con báo cho tổ điện xã qua số 0974.123.456.
= mọi hư hỏng về điện bà con báo cho tổ điện xã qua số không chín bảy bốn một hai ba bốn năm sáu
THÔNG BÁO KHẨN CỦA BAN CHỈ HUY PCTT VÀ TKCN XÃ
= thông báo khẩn của ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn xã
Kính thưa toàn thể bà con nhân dân trong xã!
= kính thưa toàn thể bà con nhân dân trong xã
Xin nhắc lại: bão số 3 sẽ đổ bộ vào đất liền trong đêm nay.
= xin nhắc lại bão số ba sẽ đổ bộ vào đất liền trong đêm nay
"""

    /// Vaccination, health and insurance.
    static let health = """
Trạm Y tế xã tổ chức tiêm chủng mở rộng vào ngày 25/3/2024 tại Nhà văn hóa thôn 2.
= trạm y tế xã tổ chức tiêm chủng mở rộng vào ngày hai mươi lăm tháng ba năm hai nghìn không trăm hai mươi tư tại nhà văn hóa thôn hai
Thời gian tiêm: buổi sáng từ 7h30 đến 11h, buổi chiều từ 13h30 đến 16h30.
= thời gian tiêm buổi sáng từ bảy giờ ba mươi phút đến mười một giờ buổi chiều từ mười ba giờ ba mươi phút đến mười sáu giờ ba mươi phút
Đối tượng là trẻ em từ 2-18 tháng tuổi và phụ nữ có thai.
= đối tượng là trẻ em từ hai đến mười tám tháng tuổi và phụ nữ có thai
Các gia đình nhớ mang theo sổ tiêm chủng và thẻ BHYT của trẻ.
= các gia đình nhớ mang theo sổ tiêm chủng và thẻ bảo hiểm y tế của trẻ
Tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi vào ngày 15 hằng tháng.
= tiêm vắc xin sởi rubella cho trẻ mười tám tháng tuổi vào ngày mười lăm hằng tháng
Uống vitamin A cho trẻ từ 6-36 tháng tuổi trong hai ngày 1-2/6.
= uống vitamin a cho trẻ từ sáu đến ba mươi sáu tháng tuổi trong hai ngày một đến hai tháng sáu
Trẻ em dưới 6 tuổi được cấp thẻ BHYT miễn phí.
= trẻ em dưới sáu tuổi được cấp thẻ bảo hiểm y tế miễn phí
Mức đóng BHYT hộ gia đình năm 2024: người thứ nhất 1.105.000 đồng/năm.
= mức đóng bảo hiểm y tế hộ gia đình năm hai nghìn không trăm hai mươi tư người thứ nhất một triệu một trăm linh năm nghìn đồng một năm
Người thứ 2 đóng bằng 70% mức đóng của người thứ nhất.
= người thứ hai đóng bằng bảy mươi phần trăm mức đóng của người thứ nhất
Người thứ 3 đóng 60%, người thứ tư 50%, từ người thứ 5 trở đi đóng 40%.
= người thứ ba đóng sáu mươi phần trăm người thứ tư năm mươi phần trăm từ người thứ năm trở đi đóng bốn mươi phần trăm
Hạn cuối nộp tiền BHYT hộ gia đình là ngày 31/12/2024.
= hạn cuối nộp tiền bảo hiểm y tế hộ gia đình là ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi tư
Từ đầu năm đến nay, toàn xã ghi nhận 12 ca sốt xuất huyết, tăng 5 ca so với cùng kỳ.
= từ đầu năm đến nay toàn xã ghi nhận mười hai ca sốt xuất huyết tăng năm ca so với cùng kỳ
Đề nghị bà con thực hiện chiến dịch diệt bọ gậy vào sáng Chủ nhật, ngày 18/8.
= đề nghị bà con thực hiện chiến dịch diệt bọ gậy vào sáng chủ nhật ngày mười tám tháng tám
Trẻ có biểu hiện sốt cao trên 39 độ, co giật, cần đưa ngay đến cơ sở y tế gần nhất.
= trẻ có biểu hiện sốt cao trên ba mươi chín độ co giật cần đưa ngay đến cơ sở y tế gần nhất
Bệnh tay chân miệng thường gặp ở trẻ dưới 5 tuổi.
= bệnh tay chân miệng thường gặp ở trẻ dưới năm tuổi
Tiêm vắc xin phòng COVID-19 mũi 3 cho người từ 18 tuổi trở lên.
= tiêm vắc xin phòng cô vít mười chín mũi ba cho người từ mười tám tuổi trở lên
Phụ nữ có thai cần khám thai ít nhất 4 lần trong thai kỳ.
= phụ nữ có thai cần khám thai ít nhất bốn lần trong thai kỳ
Ngày 7/4 là Ngày Sức khỏe thế giới.
= ngày bảy tháng tư là ngày sức khỏe thế giới
Trạm Y tế xã khám sức khỏe miễn phí cho người cao tuổi từ 60 tuổi trở lên vào thứ 7, ngày 20/4.
= trạm y tế xã khám sức khỏe miễn phí cho người cao tuổi từ sáu mươi tuổi trở lên vào thứ bảy ngày hai mươi tháng tư
Bà con có nhu cầu khám xin liên hệ bác sĩ Lê Thị Hoa, số điện thoại 0983 456 789.
= bà con có nhu cầu khám xin liên hệ bác sĩ lê thị hoa số điện thoại không chín tám ba bốn năm sáu bảy tám chín
Bệnh dại đã làm 3 người tử vong tại tỉnh trong 6 tháng đầu năm.
= bệnh dại đã làm ba người tử vong tại tỉnh trong sáu tháng đầu năm
Đề nghị các hộ nuôi chó, mèo đưa vật nuôi đi tiêm phòng dại từ ngày 10-12/5.
= đề nghị các hộ nuôi chó mèo đưa vật nuôi đi tiêm phòng dại từ ngày mười đến mười hai tháng năm
Phí tiêm phòng dại là 20.000đ/con.
= phí tiêm phòng dại là hai mươi nghìn đồng một con
Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95,6%.
= tỷ lệ trẻ em dưới một tuổi được tiêm chủng đầy đủ đạt chín mươi lăm phẩy sáu phần trăm
Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm còn 18,2%.
= tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới năm tuổi giảm còn mười tám phẩy hai phần trăm
Mỗi người hãy rửa tay thường xuyên bằng xà phòng ít nhất 30 giây.
= mỗi người hãy rửa tay thường xuyên bằng xà phòng ít nhất ba mươi giây
Uống đủ 2 lít nước mỗi ngày trong những ngày nắng nóng.
= uống đủ hai lít nước mỗi ngày trong những ngày nắng nóng
Khám sàng lọc bệnh tăng huyết áp, đái tháo đường cho người trên 40 tuổi.
= khám sàng lọc bệnh tăng huyết áp đái tháo đường cho người trên bốn mươi tuổi
Người bệnh HIV/AIDS được điều trị ARV miễn phí tại TTYT huyện.
= người bệnh hát i vê ết được điều trị a e rờ vê miễn phí tại trung tâm y tế huyện
Ngày 1/12 hằng năm là Ngày Thế giới phòng chống AIDS.
= ngày một tháng mười hai hằng năm là ngày thế giới phòng chống ết
Xã có 1.245 người tham gia BHXH tự nguyện, đạt 105% kế hoạch.
= xã có một nghìn hai trăm bốn mươi lăm người tham gia bảo hiểm xã hội tự nguyện đạt một trăm linh năm phần trăm kế hoạch
Mức hỗ trợ đóng BHXH tự nguyện cho hộ nghèo là 30%, hộ cận nghèo 25%.
= mức hỗ trợ đóng bảo hiểm xã hội tự nguyện cho hộ nghèo là ba mươi phần trăm hộ cận nghèo hai mươi lăm phần trăm
Người tham gia BHXH tự nguyện đủ 20 năm đóng được hưởng lương hưu.
= người tham gia bảo hiểm xã hội tự nguyện đủ hai mươi năm đóng được hưởng lương hưu
Từ ngày 1/7/2024, mức lương cơ sở tăng lên 2.340.000 đồng/tháng.
= từ ngày một tháng bảy năm hai nghìn không trăm hai mươi tư mức lương cơ sở tăng lên hai triệu ba trăm bốn mươi nghìn đồng một tháng
Trẻ em từ 12-59 tháng tuổi được uống vitamin A liều 200.000 đơn vị.
= trẻ em từ mười hai đến năm mươi chín tháng tuổi được uống vitamin a liều hai trăm nghìn đơn vị
Cân, đo trẻ dưới 5 tuổi tại các thôn vào ngày 1/6.
= cân đo trẻ dưới năm tuổi tại các thôn vào ngày một tháng sáu
Bà mẹ nên cho con bú sữa mẹ hoàn toàn trong 6 tháng đầu.
= bà mẹ nên cho con bú sữa mẹ hoàn toàn trong sáu tháng đầu
Trạm Y tế xã làm việc từ thứ 2 đến thứ 6, sáng từ 7h đến 11h30, chiều từ 13h30 đến 17h.
= trạm y tế xã làm việc từ thứ hai đến thứ sáu sáng từ bảy giờ đến mười một giờ ba mươi phút chiều từ mười ba giờ ba mươi phút đến mười bảy giờ
Thứ 7 và Chủ nhật trực cấp cứu 24/24 giờ.
= thứ bảy và chủ nhật trực cấp cứu hai mươi tư trên hai mươi tư giờ
Khi có người bị ong đốt, rắn cắn, cần gọi ngay 115.
= khi có người bị ong đốt rắn cắn cần gọi ngay một một năm
Chiến dịch uống thuốc tẩy giun cho học sinh TH diễn ra trong tháng 10.
= chiến dịch uống thuốc tẩy giun cho học sinh tiểu học diễn ra trong tháng mười
Mỗi gia đình chỉ nên có 1 hoặc 2 con.
= mỗi gia đình chỉ nên có một hoặc hai con
Tỷ số giới tính khi sinh của xã năm 2023 là 112 bé trai/100 bé gái.
= tỷ số giới tính khi sinh của xã năm hai nghìn không trăm hai mươi ba là một trăm mười hai bé trai trên một trăm bé gái
Vệ sinh ATTP là trách nhiệm của mỗi người, mỗi nhà.
= vệ sinh an toàn thực phẩm là trách nhiệm của mỗi người mỗi nhà
Năm 2023, toàn huyện xảy ra 2 vụ ngộ độc thực phẩm làm 45 người phải nhập viện.
= năm hai nghìn không trăm hai mươi ba toàn huyện xảy ra hai vụ ngộ độc thực phẩm làm bốn mươi lăm người phải nhập viện
Đề nghị các bếp ăn tập thể lưu mẫu thức ăn trong 24h.
= đề nghị các bếp ăn tập thể lưu mẫu thức ăn trong hai mươi tư giờ
Người dân cần mang CCCD khi đi khám chữa bệnh BHYT.
= người dân cần mang căn cước công dân khi đi khám chữa bệnh bảo hiểm y tế
Trẻ em chưa có CCCD thì mang giấy khai sinh.
= trẻ em chưa có căn cước công dân thì mang giấy khai sinh
Khám sức khỏe nghĩa vụ quân sự năm 2025 tại TTYT huyện vào ngày 12-13/11/2024.
= khám sức khỏe nghĩa vụ quân sự năm hai nghìn không trăm hai mươi lăm tại trung tâm y tế huyện vào ngày mười hai đến mười ba tháng mười một năm hai nghìn không trăm hai mươi tư
Lịch hiến máu tình nguyện: 7h ngày 9/6 tại hội trường UBND xã.
= lịch hiến máu tình nguyện bảy giờ ngày chín tháng sáu tại hội trường ủy ban nhân dân xã
Tiêm chủng định kỳ vào ngày 25 hằng tháng; nếu trùng Chủ nhật thì tiêm vào thứ 2.
= tiêm chủng định kỳ vào ngày hai mươi lăm hằng tháng nếu trùng chủ nhật thì tiêm vào thứ hai
Trạm Y tế xã nhận tiêm vắc xin dịch vụ các ngày thứ 3, 5, 7.
= trạm y tế xã nhận tiêm vắc xin dịch vụ các ngày thứ ba thứ năm thứ bảy
"""

    /// Meetings of thôn and xã, anniversaries.
    static let meetings = """
Kính mời toàn thể bà con nhân dân thôn 3 về dự họp lúc 19h30 tối nay tại Nhà văn hóa thôn.
= kính mời toàn thể bà con nhân dân thôn ba về dự họp lúc mười chín giờ ba mươi phút tối nay tại nhà văn hóa thôn
Nội dung: bàn kế hoạch làm đường GTNT năm 2024.
= nội dung bàn kế hoạch làm đường giao thông nông thôn năm hai nghìn không trăm hai mươi tư
Thôn Đông họp bình xét hộ nghèo, hộ cận nghèo vào 14h ngày 15/10/2024.
= thôn đông họp bình xét hộ nghèo hộ cận nghèo vào mười bốn giờ ngày mười lăm tháng mười năm hai nghìn không trăm hai mươi tư
UBND xã tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ 8, Quốc hội khóa XV.
= ủy ban nhân dân xã tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ tám quốc hội khóa mười lăm
Thời gian: 8h ngày 20/10/2024; địa điểm: hội trường UBND xã.
= thời gian tám giờ ngày hai mươi tháng mười năm hai nghìn không trăm hai mươi tư địa điểm hội trường ủy ban nhân dân xã
Đại biểu HĐND huyện tiếp xúc cử tri tại thôn 1, thôn 2 vào chiều thứ 5, ngày 12/12.
= đại biểu hội đồng nhân dân huyện tiếp xúc cử tri tại thôn một thôn hai vào chiều thứ năm ngày mười hai tháng mười hai
Kỳ họp thứ 11 HĐND xã khóa XXI, nhiệm kỳ 2021-2026 khai mạc vào 8h ngày 18/12.
= kỳ họp thứ mười một hội đồng nhân dân xã khóa hai mươi mốt nhiệm kỳ hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi sáu khai mạc vào tám giờ ngày mười tám tháng mười hai
Đảng ủy xã tổ chức Hội nghị Ban Chấp hành Đảng bộ lần thứ 15.
= đảng ủy xã tổ chức hội nghị ban chấp hành đảng bộ lần thứ mười lăm
Đại hội Đảng bộ xã lần thứ XXV, nhiệm kỳ 2025-2030 sẽ diễn ra trong 2 ngày 15-16/5/2025.
= đại hội đảng bộ xã lần thứ hai mươi lăm nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba mươi sẽ diễn ra trong hai ngày mười lăm đến mười sáu tháng năm năm hai nghìn không trăm hai mươi lăm
Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã thành công tốt đẹp.
= đại hội đại biểu toàn quốc lần thứ mười ba của đảng đã thành công tốt đẹp
Kính mời các đồng chí đảng viên chi bộ thôn 5 dự sinh hoạt chi bộ định kỳ lúc 19h ngày 3/11.
= kính mời các đồng chí đảng viên chi bộ thôn năm dự sinh hoạt chi bộ định kỳ lúc mười chín giờ ngày ba tháng mười một
Hội Nông dân xã tổ chức tập huấn kỹ thuật trồng lúa cho hội viên vào sáng thứ 3, ngày 8/10.
= hội nông dân xã tổ chức tập huấn kỹ thuật trồng lúa cho hội viên vào sáng thứ ba ngày tám tháng mười
Hội LHPN xã tổ chức Hội thi "Phụ nữ với pháp luật" vào ngày 20/10.
= hội liên hiệp phụ nữ xã tổ chức hội thi phụ nữ với pháp luật vào ngày hai mươi tháng mười
Chào mừng 94 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2024).
= chào mừng chín mươi tư năm ngày thành lập hội liên hiệp phụ nữ việt nam ngày hai mươi tháng mười năm một nghìn chín trăm ba mươi đến ngày hai mươi tháng mười năm hai nghìn không trăm hai mươi tư
Chào mừng kỷ niệm 79 năm Cách mạng Tháng Tám và Quốc khánh 2/9.
= chào mừng kỷ niệm bảy mươi chín năm cách mạng tháng tám và quốc khánh ngày hai tháng chín
Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024).
= kỷ niệm bảy mươi năm chiến thắng điện biên phủ ngày bảy tháng năm năm một nghìn chín trăm năm mươi tư đến ngày bảy tháng năm năm hai nghìn không trăm hai mươi tư
Hội CCB xã tổng kết công tác Hội năm 2024, triển khai nhiệm vụ năm 2025.
= hội cựu chiến binh xã tổng kết công tác hội năm hai nghìn không trăm hai mươi tư triển khai nhiệm vụ năm hai nghìn không trăm hai mươi lăm
Ban công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc vào ngày 18/11.
= ban công tác mặt trận thôn tổ chức ngày hội đại đoàn kết toàn dân tộc vào ngày mười tám tháng mười một
Ngày 18/11 là ngày truyền thống MTTQ Việt Nam.
= ngày mười tám tháng mười một là ngày truyền thống mặt trận tổ quốc việt nam
Đoàn thanh niên xã ra quân Chiến dịch thanh niên tình nguyện hè năm 2024.
= đoàn thanh niên xã ra quân chiến dịch thanh niên tình nguyện hè năm hai nghìn không trăm hai mươi tư
Xã tổ chức lễ giao nhận quân năm 2025 vào 7h ngày 13/2/2025 tại sân UBND xã.
= xã tổ chức lễ giao nhận quân năm hai nghìn không trăm hai mươi lăm vào bảy giờ ngày mười ba tháng hai năm hai nghìn không trăm hai mươi lăm tại sân ủy ban nhân dân xã
Năm nay xã có 12 thanh niên lên đường nhập ngũ.
= năm nay xã có mười hai thanh niên lên đường nhập ngũ
Hội nghị sơ kết 6 tháng đầu năm sẽ được tổ chức vào 8h00 ngày 5/7.
= hội nghị sơ kết sáu tháng đầu năm sẽ được tổ chức vào tám giờ ngày năm tháng bảy
Thành phần: các đồng chí trong BCH Đảng bộ, các trưởng thôn, bí thư chi bộ.
= thành phần các đồng chí trong ban chấp hành đảng bộ các trưởng thôn bí thư chi bộ
Đề nghị các đồng chí có mặt đúng giờ.
= đề nghị các đồng chí có mặt đúng giờ
Thôn Trung tổ chức hội nghị lấy ý kiến về dự thảo Luật Đất đai (sửa đổi).
= thôn trung tổ chức hội nghị lấy ý kiến về dự thảo luật đất đai sửa đổi
UBND xã tiếp công dân vào thứ 5 hằng tuần tại phòng tiếp dân.
= ủy ban nhân dân xã tiếp công dân vào thứ năm hằng tuần tại phòng tiếp dân
Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 15 hằng tháng.
= chủ tịch ủy ban nhân dân xã tiếp công dân định kỳ vào ngày mười lăm hằng tháng
Buổi đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân diễn ra lúc 14h ngày 22/8.
= buổi đối thoại giữa bí thư đảng ủy chủ tịch ủy ban nhân dân xã với nhân dân diễn ra lúc mười bốn giờ ngày hai mươi hai tháng tám
Họp dân bàn phương án dồn điền đổi thửa tại thôn 6 lúc 19h ngày 2/3.
= họp dân bàn phương án dồn điền đổi thửa tại thôn sáu lúc mười chín giờ ngày hai tháng ba
Xã tổ chức Lễ mít tinh hưởng ứng Tháng hành động vì ATTP năm 2024.
= xã tổ chức lễ mít tinh hưởng ứng tháng hành động vì an toàn thực phẩm năm hai nghìn không trăm hai mươi tư
Giải bóng đá thanh niên xã lần thứ IV khai mạc lúc 15h30 ngày 26/3.
= giải bóng đá thanh niên xã lần thứ tư khai mạc lúc mười lăm giờ ba mươi phút ngày hai mươi sáu tháng ba
Có 8 đội bóng tham gia thi đấu vòng tròn tính điểm.
= có tám đội bóng tham gia thi đấu vòng tròn tính điểm
Đêm văn nghệ chào mừng Đại hội diễn ra lúc 20h tại sân vận động xã.
= đêm văn nghệ chào mừng đại hội diễn ra lúc hai mươi giờ tại sân vận động xã
Hội thi Tiếng hát hoà bình cho học sinh THCS vào ngày 19/5.
= hội thi tiếng hát hoà bình cho học sinh trung học cơ sở vào ngày mười chín tháng năm
Lễ tuyên dương 45 học sinh giỏi cấp huyện, 12 học sinh giỏi cấp tỉnh năm học 2023-2024.
= lễ tuyên dương bốn mươi lăm học sinh giỏi cấp huyện mười hai học sinh giỏi cấp tỉnh năm học hai nghìn không trăm hai mươi ba đến hai nghìn không trăm hai mươi tư
Thôn Bắc họp bàn việc thu quỹ xây dựng nhà văn hóa, mức đóng 500.000đ/hộ.
= thôn bắc họp bàn việc thu quỹ xây dựng nhà văn hóa mức đóng năm trăm nghìn đồng một hộ
Ban quản lý thôn kính mời đại diện các hộ gia đình đến họp đúng 19 giờ 30.
= ban quản lý thôn kính mời đại diện các hộ gia đình đến họp đúng mười chín giờ ba mươi
Hội Người cao tuổi xã mừng thọ 25 cụ tròn 70, 80, 90 tuổi và 2 cụ trên 100 tuổi.
= hội người cao tuổi xã mừng thọ hai mươi lăm cụ tròn bảy mươi tám mươi chín mươi tuổi và hai cụ trên một trăm tuổi
Ban chấp hành Chi hội Khuyến học thôn trao 30 suất học bổng, mỗi suất 1 triệu đồng.
= ban chấp hành chi hội khuyến học thôn trao ba mươi suất học bổng mỗi suất một triệu đồng
Hợp tác xã nông nghiệp họp đại hội thành viên thường niên năm 2024 lúc 8h ngày 25/1.
= hợp tác xã nông nghiệp họp đại hội thành viên thường niên năm hai nghìn không trăm hai mươi tư lúc tám giờ ngày hai mươi lăm tháng một
Ngày 26/3 là ngày thành lập Đoàn TNCS Hồ Chí Minh.
= ngày hai mươi sáu tháng ba là ngày thành lập đoàn thanh niên cộng sản hồ chí minh
Lớp bồi dưỡng lý luận chính trị cho đảng viên mới khai giảng vào ngày 10/6, học trong 7 ngày.
= lớp bồi dưỡng lý luận chính trị cho đảng viên mới khai giảng vào ngày mười tháng sáu học trong bảy ngày
Hội nghị trực tuyến toàn quốc được truyền hình từ 8h đến 11h30 ngày 15/3.
= hội nghị trực tuyến toàn quốc được truyền hình từ tám giờ đến mười một giờ ba mươi phút ngày mười lăm tháng ba
Họp Ban chỉ đạo xây dựng NTM xã lúc 14h ngày 4/4.
= họp ban chỉ đạo xây dựng nông thôn mới xã lúc mười bốn giờ ngày bốn tháng tư
Xã phấn đấu đạt chuẩn NTM nâng cao trước năm 2025.
= xã phấn đấu đạt chuẩn nông thôn mới nâng cao trước năm hai nghìn không trăm hai mươi lăm
Kết quả: xã đã đạt 17/19 tiêu chí.
= kết quả xã đã đạt mười bảy trên mười chín tiêu chí
Bộ phận một cửa làm việc các ngày thứ 2, 4, 6 hằng tuần.
= bộ phận một cửa làm việc các ngày thứ hai thứ tư thứ sáu hằng tuần
Lớp học xóa mù chữ học vào tối thứ 3 và 5, từ 19h đến 21h.
= lớp học xóa mù chữ học vào tối thứ ba và thứ năm từ mười chín giờ đến hai mươi mốt giờ
Hội nghị lần thứ 4, có 120 đại biểu tham dự.
= hội nghị lần thứ tư có một trăm hai mươi đại biểu tham dự
Lịch tiếp dân của Tp. Vinh: sáng thứ 5 hằng tuần.
= lịch tiếp dân của thành phố vinh sáng thứ năm hằng tuần
Đề nghị các thôn báo cáo kết quả về UBND xã trước 16h30 thứ 6, ngày 22/11.
= đề nghị các thôn báo cáo kết quả về ủy ban nhân dân xã trước mười sáu giờ ba mươi phút thứ sáu ngày hai mươi hai tháng mười một
Sau đây là bản tin của Đài truyền thanh xã phát lúc 17h ngày 20/11.
= sau đây là bản tin của đài truyền thanh xã phát lúc mười bảy giờ ngày hai mươi tháng mười một
"""

    /// Elections.
    static let elections = """
Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031 diễn ra vào Chủ nhật, ngày 15/3/2026.
= cuộc bầu cử đại biểu quốc hội khóa mười sáu và đại biểu hội đồng nhân dân các cấp nhiệm kỳ hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi mốt diễn ra vào chủ nhật ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu
Thời gian bỏ phiếu bắt đầu từ 7h sáng đến 19h cùng ngày.
= thời gian bỏ phiếu bắt đầu từ bảy giờ sáng đến mười chín giờ cùng ngày
Khu vực bỏ phiếu số 3 đặt tại Nhà văn hóa thôn Trung.
= khu vực bỏ phiếu số ba đặt tại nhà văn hóa thôn trung
Cử tri nhớ mang theo thẻ cử tri và CCCD khi đi bầu cử.
= cử tri nhớ mang theo thẻ cử tri và căn cước công dân khi đi bầu cử
Mỗi cử tri chỉ được bầu 1 lần và phải tự mình đi bầu.
= mỗi cử tri chỉ được bầu một lần và phải tự mình đi bầu
Danh sách cử tri được niêm yết tại UBND xã và các khu vực bỏ phiếu từ ngày 3/2/2026.
= danh sách cử tri được niêm yết tại ủy ban nhân dân xã và các khu vực bỏ phiếu từ ngày ba tháng hai năm hai nghìn không trăm hai mươi sáu
Toàn xã có 5.432 cử tri, chia thành 7 khu vực bỏ phiếu.
= toàn xã có năm nghìn bốn trăm ba mươi hai cử tri chia thành bảy khu vực bỏ phiếu
Tỷ lệ cử tri đi bầu đạt 99,87%.
= tỷ lệ cử tri đi bầu đạt chín mươi chín phẩy tám mươi bảy phần trăm
Xã được bầu 25 đại biểu HĐND xã trong số 42 người ứng cử.
= xã được bầu hai mươi lăm đại biểu hội đồng nhân dân xã trong số bốn mươi hai người ứng cử
Đơn vị bầu cử số 1 gồm thôn 1, thôn 2 và thôn 3, được bầu 5 đại biểu.
= đơn vị bầu cử số một gồm thôn một thôn hai và thôn ba được bầu năm đại biểu
Ngày 15/3/2026 là ngày hội của toàn dân.
= ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu là ngày hội của toàn dân
Tổ bầu cử sẽ mang hòm phiếu phụ đến tận nhà cử tri ốm đau, già yếu, khuyết tật.
= tổ bầu cử sẽ mang hòm phiếu phụ đến tận nhà cử tri ốm đau già yếu khuyết tật
Kết quả bầu cử sẽ được công bố chậm nhất là ngày 25/3/2026.
= kết quả bầu cử sẽ được công bố chậm nhất là ngày hai mươi lăm tháng ba năm hai nghìn không trăm hai mươi sáu
Bầu cử trưởng thôn nhiệm kỳ 2025-2027 được tiến hành vào ngày 10/8/2025.
= bầu cử trưởng thôn nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi bảy được tiến hành vào ngày mười tháng tám năm hai nghìn không trăm hai mươi lăm
Ông Trần Văn Bình trúng cử trưởng thôn với 87,5% số phiếu bầu.
= ông trần văn bình trúng cử trưởng thôn với tám mươi bảy phẩy năm phần trăm số phiếu bầu
Hội nghị hiệp thương lần thứ ba lập danh sách chính thức những người ứng cử.
= hội nghị hiệp thương lần thứ ba lập danh sách chính thức những người ứng cử
Mỗi lá phiếu hợp lệ chỉ được bầu không quá số đại biểu được ấn định.
= mỗi lá phiếu hợp lệ chỉ được bầu không quá số đại biểu được ấn định
Tiếp xúc cử tri của người ứng cử đại biểu HĐND tỉnh vào 8h ngày 28/2/2026.
= tiếp xúc cử tri của người ứng cử đại biểu hội đồng nhân dân tỉnh vào tám giờ ngày hai mươi tám tháng hai năm hai nghìn không trăm hai mươi sáu
Mọi công dân đủ 18 tuổi trở lên tính đến ngày bầu cử đều có quyền bầu cử.
= mọi công dân đủ mười tám tuổi trở lên tính đến ngày bầu cử đều có quyền bầu cử
Công dân đủ 21 tuổi trở lên có quyền ứng cử.
= công dân đủ hai mươi mốt tuổi trở lên có quyền ứng cử
Ủy ban bầu cử xã thông báo danh sách 9 tổ bầu cử.
= ủy ban bầu cử xã thông báo danh sách chín tổ bầu cử
Các tổ bầu cử khai mạc lúc 6h30, bắt đầu bỏ phiếu lúc 7h.
= các tổ bầu cử khai mạc lúc sáu giờ ba mươi phút bắt đầu bỏ phiếu lúc bảy giờ
Việc kiểm phiếu được tiến hành công khai ngay sau khi kết thúc bỏ phiếu.
= việc kiểm phiếu được tiến hành công khai ngay sau khi kết thúc bỏ phiếu
Thời hạn khiếu nại về danh sách cử tri là 30 ngày kể từ ngày niêm yết.
= thời hạn khiếu nại về danh sách cử tri là ba mươi ngày kể từ ngày niêm yết
Lấy phiếu tín nhiệm đối với các chức danh do HĐND xã bầu tại kỳ họp thứ 7.
= lấy phiếu tín nhiệm đối với các chức danh do hội đồng nhân dân xã bầu tại kỳ họp thứ bảy
Nhiệm kỳ Quốc hội khóa XV là 2021-2026.
= nhiệm kỳ quốc hội khóa mười lăm là hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi sáu
Ứng cử viên số 1: bà Nguyễn Thị Lan, sinh năm 1975, Phó Chủ tịch Hội LHPN xã.
= ứng cử viên số một bà nguyễn thị lan sinh năm một nghìn chín trăm bảy mươi lăm phó chủ tịch hội liên hiệp phụ nữ xã
Ứng cử viên số 2: ông Phạm Văn Hùng, sinh ngày 12/5/1980, trình độ Đại học.
= ứng cử viên số hai ông phạm văn hùng sinh ngày mười hai tháng năm năm một nghìn chín trăm tám mươi trình độ đại học
Kết quả: bà Lan trúng cử với 3.215 phiếu, đạt 68,4%.
= kết quả bà lan trúng cử với ba nghìn hai trăm mười lăm phiếu đạt sáu mươi tám phẩy bốn phần trăm
Đề nghị cử tri đi bỏ phiếu sớm, trước 11h trưa.
= đề nghị cử tri đi bỏ phiếu sớm trước mười một giờ trưa
Cuộc bầu cử năm 2021 có 69.243.604 cử tri đi bầu trên cả nước.
= cuộc bầu cử năm hai nghìn không trăm hai mươi mốt có sáu mươi chín triệu hai trăm bốn mươi ba nghìn sáu trăm linh bốn cử tri đi bầu trên cả nước
Xã có 2 khu vực bỏ phiếu hoàn thành sớm trước 12h.
= xã có hai khu vực bỏ phiếu hoàn thành sớm trước mười hai giờ
Nhân dân nghiêm túc chấp hành Luật Bầu cử.
= nhân dân nghiêm túc chấp hành luật bầu cử
Thông báo số 15/TB-UBBC của Ủy ban bầu cử xã về việc niêm yết danh sách cử tri.
= thông báo số mười lăm thông báo ủy ban bầu cử của ủy ban bầu cử xã về việc niêm yết danh sách cử tri
Họp Ban bầu cử đơn vị số 2 lúc 14h ngày 20/2/2026.
= họp ban bầu cử đơn vị số hai lúc mười bốn giờ ngày hai mươi tháng hai năm hai nghìn không trăm hai mươi sáu
"""

    /// Taxes, fees and money.
    static let taxes = """
UBND xã thông báo thu thuế sử dụng đất phi nông nghiệp năm 2024.
= ủy ban nhân dân xã thông báo thu thuế sử dụng đất phi nông nghiệp năm hai nghìn không trăm hai mươi tư
Thời hạn nộp thuế lần 1 trước ngày 31/10/2024.
= thời hạn nộp thuế lần một trước ngày ba mươi mốt tháng mười năm hai nghìn không trăm hai mươi tư
Mức thuế đất ở tại nông thôn là 0,03% giá đất.
= mức thuế đất ở tại nông thôn là không phẩy không ba phần trăm giá đất
Hộ gia đình có diện tích đất ở trong hạn mức 200m² phải nộp khoảng 30.000 đồng/năm.
= hộ gia đình có diện tích đất ở trong hạn mức hai trăm mét vuông phải nộp khoảng ba mươi nghìn đồng một năm
Lệ phí cấp GCNQSDĐ lần đầu là 100.000đ/giấy.
= lệ phí cấp giấy chứng nhận quyền sử dụng đất lần đầu là một trăm nghìn đồng một giấy
Phí thẩm định hồ sơ cấp giấy chứng nhận: 500.000 đồng/hồ sơ.
= phí thẩm định hồ sơ cấp giấy chứng nhận năm trăm nghìn đồng một hồ sơ
Thuế môn bài của hộ kinh doanh có doanh thu trên 500 triệu đồng/năm là 1.000.000 đồng.
= thuế môn bài của hộ kinh doanh có doanh thu trên năm trăm triệu đồng một năm là một triệu đồng
Hộ kinh doanh có doanh thu từ 100 triệu đồng/năm trở xuống không phải nộp thuế.
= hộ kinh doanh có doanh thu từ một trăm triệu đồng một năm trở xuống không phải nộp thuế
Hạn nộp tờ khai thuế khoán năm 2025 là ngày 15/12/2024.
= hạn nộp tờ khai thuế khoán năm hai nghìn không trăm hai mươi lăm là ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi tư
Thuế GTGT đối với hộ kinh doanh bán lẻ là 1% trên doanh thu.
= thuế giá trị gia tăng đối với hộ kinh doanh bán lẻ là một phần trăm trên doanh thu
Thuế TNCN đối với hoạt động cho thuê nhà là 5%.
= thuế thu nhập cá nhân đối với hoạt động cho thuê nhà là năm phần trăm
Phí vệ sinh môi trường: 10.000đ/người/tháng.
= phí vệ sinh môi trường mười nghìn đồng một người một tháng
Tiền nước sinh hoạt: 8.500 đồng/m³ cho 10m³ đầu tiên.
= tiền nước sinh hoạt tám nghìn năm trăm đồng một mét khối cho mười mét khối đầu tiên
Giá điện sinh hoạt bậc 1 từ 0-50 kWh là 1.806 đồng/kWh.
= giá điện sinh hoạt bậc một từ không đến năm mươi ki lô oát giờ là một nghìn tám trăm linh sáu đồng một ki lô oát giờ
Tiền sử dụng đất của thửa đất số 125, tờ bản đồ số 12 là 350.000.000đ.
= tiền sử dụng đất của thửa đất số một trăm hai mươi lăm tờ bản đồ số mười hai là ba trăm năm mươi triệu đồng
Hộ ông Lê Văn Tám còn nợ thuế 2.450.000đ.
= hộ ông lê văn tám còn nợ thuế hai triệu bốn trăm năm mươi nghìn đồng
Đề nghị các hộ nộp thuế qua tài khoản số 7111.0.1234567 tại KBNN huyện.
= đề nghị các hộ nộp thuế qua tài khoản số bảy một một một không một hai ba bốn năm sáu bảy tại kho bạc nhà nước huyện
Bà con có thể nộp thuế qua ứng dụng eTax Mobile hoặc qua ngân hàng.
= bà con có thể nộp thuế qua ứng dụng etax mobile hoặc qua ngân hàng
Xã đã thu được 1,25 tỷ đồng, đạt 92,5% kế hoạch huyện giao.
= xã đã thu được một phẩy hai mươi lăm tỷ đồng đạt chín mươi hai phẩy năm phần trăm kế hoạch huyện giao
Quỹ phòng chống thiên tai năm 2024: mỗi lao động đóng 2 ngày lương.
= quỹ phòng chống thiên tai năm hai nghìn không trăm hai mươi tư mỗi lao động đóng hai ngày lương
Người lao động khác đóng 15.000 đồng/người/năm.
= người lao động khác đóng mười lăm nghìn đồng một người một năm
Quỹ vì người nghèo vận động được 45.600.000đ.
= quỹ vì người nghèo vận động được bốn mươi lăm triệu sáu trăm nghìn đồng
Mức đóng góp xây dựng đường bê tông là 150.000đ/m dài mặt đường.
= mức đóng góp xây dựng đường bê tông là một trăm năm mươi nghìn đồng một mét dài mặt đường
Giá thu mua thóc của HTX là 7.500đ/kg.
= giá thu mua thóc của hợp tác xã là bảy nghìn năm trăm đồng một ki lô gam
Giá lợn hơi hiện nay khoảng 65.000 - 67.000 đồng/kg.
= giá lợn hơi hiện nay khoảng sáu mươi lăm nghìn đến sáu mươi bảy nghìn đồng một ki lô gam
Hỗ trợ 1,5 triệu đồng/ha cho diện tích lúa bị thiệt hại trên 70%.
= hỗ trợ một phẩy năm triệu đồng một héc ta cho diện tích lúa bị thiệt hại trên bảy mươi phần trăm
Mỗi hộ nghèo được hỗ trợ 40 triệu đồng để xây nhà mới.
= mỗi hộ nghèo được hỗ trợ bốn mươi triệu đồng để xây nhà mới
Lãi suất cho vay hộ nghèo của NHCSXH là 6,6%/năm.
= lãi suất cho vay hộ nghèo của ngân hàng chính sách xã hội là sáu phẩy sáu phần trăm một năm
Mức vay tối đa 100 triệu đồng/hộ, thời hạn vay 5 năm.
= mức vay tối đa một trăm triệu đồng một hộ thời hạn vay năm năm
Phí trông giữ xe đạp: 2.000đ/lượt; xe máy: 5.000đ/lượt.
= phí trông giữ xe đạp hai nghìn đồng một lượt xe máy năm nghìn đồng một lượt
Học phí năm học 2024-2025 đối với học sinh THCS vùng nông thôn là 50.000 đồng/tháng.
= học phí năm học hai nghìn không trăm hai mươi tư đến hai nghìn không trăm hai mươi lăm đối với học sinh trung học cơ sở vùng nông thôn là năm mươi nghìn đồng một tháng
Học sinh THPT nộp 100.000đ/tháng.
= học sinh trung học phổ thông nộp một trăm nghìn đồng một tháng
Trẻ em mầm non 5 tuổi được miễn học phí.
= trẻ em mầm non năm tuổi được miễn học phí
Thẻ BHYT học sinh năm học 2024-2025 là 884.520 đồng.
= thẻ bảo hiểm y tế học sinh năm học hai nghìn không trăm hai mươi tư đến hai nghìn không trăm hai mươi lăm là tám trăm tám mươi tư nghìn năm trăm hai mươi đồng
Hạn chót nộp BHYT học sinh là 30/9.
= hạn chót nộp bảo hiểm y tế học sinh là ngày ba mươi tháng chín
Nộp phạt vi phạm hành chính 750.000đ trong vòng 10 ngày.
= nộp phạt vi phạm hành chính bảy trăm năm mươi nghìn đồng trong vòng mười ngày
Hộ kinh doanh ăn uống đóng phí 300k/tháng.
= hộ kinh doanh ăn uống đóng phí ba trăm nghìn một tháng
Chợ phiên họp vào các ngày 2, 7, 12, 17, 22, 27 âm lịch hằng tháng.
= chợ phiên họp vào các ngày hai bảy mười hai mười bảy hai mươi hai hai mươi bảy âm lịch hằng tháng
Phí sử dụng ki ốt chợ: 2tr/tháng.
= phí sử dụng ki ốt chợ hai triệu một tháng
Tổng thu ngân sách xã 9 tháng đầu năm đạt 3.456.789.000 đồng.
= tổng thu ngân sách xã chín tháng đầu năm đạt ba tỷ bốn trăm năm mươi sáu triệu bảy trăm tám mươi chín nghìn đồng
Chi thường xuyên 2,8 tỷ đồng, chi đầu tư 650 triệu đồng.
= chi thường xuyên hai phẩy tám tỷ đồng chi đầu tư sáu trăm năm mươi triệu đồng
Mỗi hộ đóng góp 50 000 đồng để sửa đường điện thôn.
= mỗi hộ đóng góp năm mươi nghìn đồng để sửa đường điện thôn
Ủy ban MTTQ xã đã tiếp nhận 1 250 000đ ủng hộ đồng bào vùng lũ.
= ủy ban mặt trận tổ quốc xã đã tiếp nhận một triệu hai trăm năm mươi nghìn đồng ủng hộ đồng bào vùng lũ
"""

    /// Campaign messages (like binh-dang-gioi-2023).
    static let campaigns = """
Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2023 (15/11 – 15/12/2023).
= hưởng ứng tháng hành động vì bình đẳng giới và phòng ngừa ứng phó với bạo lực trên cơ sở giới năm hai nghìn không trăm hai mươi ba ngày mười lăm tháng mười một đến ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi ba
Chủ đề năm 2023: "Đầu tư cho bình đẳng giới là đầu tư cho tương lai".
= chủ đề năm hai nghìn không trăm hai mươi ba đầu tư cho bình đẳng giới là đầu tư cho tương lai
Nam giới chia sẻ việc nhà, nói không với bạo lực.
= nam giới chia sẻ việc nhà nói không với bạo lực
Cho trẻ em gái đến trường, không tảo hôn.
= cho trẻ em gái đến trường không tảo hôn
Lễ phát động Tháng hành động vì bình đẳng giới năm 2023 diễn ra lúc 8h ngày 20/11/2023.
= lễ phát động tháng hành động vì bình đẳng giới năm hai nghìn không trăm hai mươi ba diễn ra lúc tám giờ ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi ba
Phòng, chống bạo lực gia đình là trách nhiệm của mỗi người, mỗi gia đình và toàn xã hội.
= phòng chống bạo lực gia đình là trách nhiệm của mỗi người mỗi gia đình và toàn xã hội
Khi phát hiện hành vi bạo lực gia đình, hãy gọi ngay đường dây nóng 111.
= khi phát hiện hành vi bạo lực gia đình hãy gọi ngay đường dây nóng một một một
Tổng đài quốc gia bảo vệ trẻ em 111 hoạt động 24/7, miễn phí.
= tổng đài quốc gia bảo vệ trẻ em một trăm mười một hoạt động hai mươi tư trên bảy miễn phí
Câu lạc bộ, tổ hòa giải và nhóm phòng, chống bạo lực gia đình ở thôn sinh hoạt vào ngày 20 hằng tháng.
= câu lạc bộ tổ hòa giải và nhóm phòng chống bạo lực gia đình ở thôn sinh hoạt vào ngày hai mươi hằng tháng
Ngày 28/6 là Ngày Gia đình Việt Nam.
= ngày hai mươi tám tháng sáu là ngày gia đình việt nam
Tháng 6 là Tháng hành động vì trẻ em.
= tháng sáu là tháng hành động vì trẻ em
Năm 2024, chủ đề Tháng hành động vì trẻ em là "Chung tay tạo dựng môi trường an toàn cho trẻ em".
= năm hai nghìn không trăm hai mươi tư chủ đề tháng hành động vì trẻ em là chung tay tạo dựng môi trường an toàn cho trẻ em
Ngày 8/3 là Ngày Quốc tế Phụ nữ.
= ngày tám tháng ba là ngày quốc tế phụ nữ
Xã phấn đấu 100% hộ gia đình được tuyên truyền về phòng chống đuối nước cho trẻ em.
= xã phấn đấu một trăm phần trăm hộ gia đình được tuyên truyền về phòng chống đuối nước cho trẻ em
Mỗi năm cả nước có khoảng 2.000 trẻ em tử vong do đuối nước.
= mỗi năm cả nước có khoảng hai nghìn trẻ em tử vong do đuối nước
Cha mẹ không để trẻ em đi bơi, tắm sông, suối một mình.
= cha mẹ không để trẻ em đi bơi tắm sông suối một mình
Hưởng ứng Ngày Môi trường thế giới 5/6, xã tổ chức ra quân dọn vệ sinh.
= hưởng ứng ngày môi trường thế giới ngày năm tháng sáu xã tổ chức ra quân dọn vệ sinh
Nói không với túi ni lông khó phân hủy.
= nói không với túi ni lông khó phân hủy
Mỗi người dân hãy phân loại rác thải tại nguồn.
= mỗi người dân hãy phân loại rác thải tại nguồn
Tháng 3 là Tháng Thanh niên.
= tháng ba là tháng thanh niên
Hưởng ứng Giờ Trái Đất năm 2024, tắt đèn từ 20h30 đến 21h30 ngày 23/3.
= hưởng ứng giờ trái đất năm hai nghìn không trăm hai mươi tư tắt đèn từ hai mươi giờ ba mươi phút đến hai mươi mốt giờ ba mươi phút ngày hai mươi ba tháng ba
Tuần lễ quốc gia phòng chống thiên tai từ ngày 15-22/5.
= tuần lễ quốc gia phòng chống thiên tai từ ngày mười lăm đến hai mươi hai tháng năm
Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4.
= hưởng ứng ngày sách và văn hóa đọc việt nam ngày hai mươi mốt tháng tư
Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh.
= toàn dân đoàn kết xây dựng nông thôn mới đô thị văn minh
Tháng hành động quốc gia về dân số, hưởng ứng Ngày Dân số Việt Nam 26/12.
= tháng hành động quốc gia về dân số hưởng ứng ngày dân số việt nam ngày hai mươi sáu tháng mười hai
Mỗi cặp vợ chồng nên sinh đủ 2 con.
= mỗi cặp vợ chồng nên sinh đủ hai con
Không lựa chọn giới tính thai nhi dưới mọi hình thức.
= không lựa chọn giới tính thai nhi dưới mọi hình thức
Chiến dịch "Làm cho thế giới sạch hơn" năm 2024.
= chiến dịch làm cho thế giới sạch hơn năm hai nghìn không trăm hai mươi tư
Người dân không sử dụng pháo nổ trong dịp Tết Nguyên đán Giáp Thìn 2024.
= người dân không sử dụng pháo nổ trong dịp tết nguyên đán giáp thìn hai nghìn không trăm hai mươi tư
Tết Nguyên đán năm nay rơi vào thứ 7, ngày 10/2/2024.
= tết nguyên đán năm nay rơi vào thứ bảy ngày mười tháng hai năm hai nghìn không trăm hai mươi tư
Hưởng ứng Ngày pháp luật Việt Nam 9/11.
= hưởng ứng ngày pháp luật việt nam ngày chín tháng mười một
Chương trình "Mỗi xã một sản phẩm" (OCOP): xã có 3 sản phẩm đạt 3 sao.
= chương trình mỗi xã một sản phẩm ô cốp xã có ba sản phẩm đạt ba sao
Hưởng ứng Ngày Quốc tế Người cao tuổi 1/10.
= hưởng ứng ngày quốc tế người cao tuổi ngày một tháng mười
Ngày 27/7 kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ.
= ngày hai mươi bảy tháng bảy kỷ niệm bảy mươi bảy năm ngày thương binh liệt sĩ
Xã tổ chức thắp nến tri ân tại Nghĩa trang liệt sĩ lúc 19h ngày 26/7.
= xã tổ chức thắp nến tri ân tại nghĩa trang liệt sĩ lúc mười chín giờ ngày hai mươi sáu tháng bảy
Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
= cuộc vận động người việt nam ưu tiên dùng hàng việt nam
Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2024: 92% hộ đạt gia đình văn hóa.
= phong trào toàn dân đoàn kết xây dựng đời sống văn hóa năm hai nghìn không trăm hai mươi tư chín mươi hai phần trăm hộ đạt gia đình văn hóa
Xã có 8/10 thôn đạt danh hiệu thôn văn hóa.
= xã có tám trên mười thôn đạt danh hiệu thôn văn hóa
Nhân Ngày Quốc tế Hạnh phúc 20/3, mỗi gia đình hãy dành thời gian cho nhau.
= nhân ngày quốc tế hạnh phúc ngày hai mươi tháng ba mỗi gia đình hãy dành thời gian cho nhau
Phòng chống ma túy, tránh xa chất gây nghiện.
= phòng chống ma túy tránh xa chất gây nghiện
Ngày 26/6 là Ngày Quốc tế phòng, chống ma túy.
= ngày hai mươi sáu tháng sáu là ngày quốc tế phòng chống ma túy
Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025.
= thực hiện chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm
Hưởng ứng Tháng Nhân đạo năm 2024 với chủ đề "Hành trình nhân đạo - Lan tỏa yêu thương".
= hưởng ứng tháng nhân đạo năm hai nghìn không trăm hai mươi tư với chủ đề hành trình nhân đạo lan tỏa yêu thương
Ngày 19/5 kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024).
= ngày mười chín tháng năm kỷ niệm một trăm ba mươi tư năm ngày sinh chủ tịch hồ chí minh ngày mười chín tháng năm năm một nghìn tám trăm chín mươi đến ngày mười chín tháng năm năm hai nghìn không trăm hai mươi tư
Ngày 3/2 kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam.
= ngày ba tháng hai kỷ niệm chín mươi tư năm ngày thành lập đảng cộng sản việt nam
Chương I của Luật Bình đẳng giới quy định những vấn đề chung.
= chương một của luật bình đẳng giới quy định những vấn đề chung
Mục 2 Chương II quy định về bình đẳng giới trong lĩnh vực chính trị.
= mục hai chương hai quy định về bình đẳng giới trong lĩnh vực chính trị
Tuyên truyền Nghị quyết số 15/2023/NQ-HĐND của HĐND tỉnh.
= tuyên truyền nghị quyết số mười lăm năm hai nghìn không trăm hai mươi ba nghị quyết hội đồng nhân dân của hội đồng nhân dân tỉnh
"""

    /// Security, traffic and fire.
    static let security = """
CAX đề nghị các hộ gia đình có người từ nơi khác đến lưu trú phải khai báo tạm trú.
= công an xã đề nghị các hộ gia đình có người từ nơi khác đến lưu trú phải khai báo tạm trú
Người dân không tàng trữ, sử dụng pháo nổ, vũ khí, vật liệu nổ.
= người dân không tàng trữ sử dụng pháo nổ vũ khí vật liệu nổ
Hãy giao nộp vũ khí, vật liệu nổ cho CAX trước ngày 30/6.
= hãy giao nộp vũ khí vật liệu nổ cho công an xã trước ngày ba mươi tháng sáu
Từ đầu năm đến nay trên địa bàn xã xảy ra 3 vụ tai nạn giao thông, làm 1 người chết, 4 người bị thương.
= từ đầu năm đến nay trên địa bàn xã xảy ra ba vụ tai nạn giao thông làm một người chết bốn người bị thương
Đã uống rượu, bia thì không lái xe.
= đã uống rượu bia thì không lái xe
Người điều khiển xe máy phải đội mũ bảo hiểm đạt chuẩn.
= người điều khiển xe máy phải đội mũ bảo hiểm đạt chuẩn
Trẻ em từ 6 tuổi trở lên ngồi trên xe máy phải đội mũ bảo hiểm.
= trẻ em từ sáu tuổi trở lên ngồi trên xe máy phải đội mũ bảo hiểm
Tốc độ tối đa trong khu dân cư là 50 km/h.
= tốc độ tối đa trong khu dân cư là năm mươi ki lô mét trên giờ
Đội CSGT Công an huyện kiểm tra nồng độ cồn trên QL32 từ 20h đến 23h.
= đội cảnh sát giao thông công an huyện kiểm tra nồng độ cồn trên quốc lộ ba mươi hai từ hai mươi giờ đến hai mươi ba giờ
Mức phạt đối với người điều khiển xe máy vi phạm nồng độ cồn từ 2-3 triệu đồng.
= mức phạt đối với người điều khiển xe máy vi phạm nồng độ cồn từ hai đến ba triệu đồng
Phạt tiền từ 6.000.000đ đến 8.000.000đ và tước GPLX từ 22 đến 24 tháng.
= phạt tiền từ sáu triệu đồng đến tám triệu đồng và tước giấy phép lái xe từ hai mươi hai đến hai mươi tư tháng
Xã ra quân đảm bảo TTATGT dịp Tết từ 15/1 đến 25/2.
= xã ra quân đảm bảo trật tự an toàn giao thông dịp tết từ ngày mười lăm tháng một đến ngày hai mươi lăm tháng hai
Cơ sở kinh doanh phải trang bị bình chữa cháy theo quy định về PCCC.
= cơ sở kinh doanh phải trang bị bình chữa cháy theo quy định về phòng cháy chữa cháy
Khi phát hiện cháy, hãy gọi ngay số 114.
= khi phát hiện cháy hãy gọi ngay số một một bốn
Trong 9 tháng, toàn huyện xảy ra 5 vụ cháy nhà, thiệt hại khoảng 800 triệu đồng.
= trong chín tháng toàn huyện xảy ra năm vụ cháy nhà thiệt hại khoảng tám trăm triệu đồng
Không sạc xe điện qua đêm trong nhà.
= không sạc xe điện qua đêm trong nhà
Công an xã trực 24/24h, số điện thoại 0203.3855.113.
= công an xã trực hai mươi tư trên hai mươi tư giờ số điện thoại không hai không ba ba tám năm năm một một ba
Cảnh giác với thủ đoạn lừa đảo qua điện thoại, mạng xã hội.
= cảnh giác với thủ đoạn lừa đảo qua điện thoại mạng xã hội
Không cung cấp mã OTP cho bất kỳ ai.
= không cung cấp mã o tê pê cho bất kỳ ai
Người dân nhận được cuộc gọi tự xưng là công an yêu cầu chuyển tiền thì báo ngay cho CAX.
= người dân nhận được cuộc gọi tự xưng là công an yêu cầu chuyển tiền thì báo ngay cho công an xã
Ông Nguyễn Văn B, sinh năm 1985, đã bị lừa mất 150 triệu đồng qua Zalo.
= ông nguyễn văn bê sinh năm một nghìn chín trăm tám mươi lăm đã bị lừa mất một trăm năm mươi triệu đồng qua da lô
Công an xã làm thủ tục cấp CCCD cho công dân đủ 14 tuổi vào thứ 7, Chủ nhật.
= công an xã làm thủ tục cấp căn cước công dân cho công dân đủ mười bốn tuổi vào thứ bảy chủ nhật
Hồ sơ đăng ký thường trú nộp tại bộ phận một cửa UBND xã.
= hồ sơ đăng ký thường trú nộp tại bộ phận một cửa ủy ban nhân dân xã
Thời gian làm việc của bộ phận một cửa: sáng từ 7h30 đến 11h30, chiều từ 13h30 đến 17h.
= thời gian làm việc của bộ phận một cửa sáng từ bảy giờ ba mươi phút đến mười một giờ ba mươi phút chiều từ mười ba giờ ba mươi phút đến mười bảy giờ
Xã đã kích hoạt 3.210 tài khoản định danh điện tử mức độ 2, đạt 85,3%.
= xã đã kích hoạt ba nghìn hai trăm mười tài khoản định danh điện tử mức độ hai đạt tám mươi lăm phẩy ba phần trăm
Đợt cao điểm tấn công trấn áp tội phạm từ ngày 15/12/2024 đến 15/2/2025.
= đợt cao điểm tấn công trấn áp tội phạm từ ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi tư đến ngày mười lăm tháng hai năm hai nghìn không trăm hai mươi lăm
Lực lượng DQTV tuần tra đêm từ 22h đến 4h sáng.
= lực lượng dân quân tự vệ tuần tra đêm từ hai mươi hai giờ đến bốn giờ sáng
Xe ô tô tải trên 5 tấn không được đi vào đường liên thôn.
= xe ô tô tải trên năm tấn không được đi vào đường liên thôn
Đoạn đường từ Km 12+500 đến Km 13+200 của TL 420 đang thi công.
= đoạn đường từ ki lô mét mười hai cộng năm trăm đến ki lô mét mười ba cộng hai trăm của tỉnh lộ bốn trăm hai mươi đang thi công
Các phương tiện lưu thông chậm, tốc độ dưới 30km/h.
= các phương tiện lưu thông chậm tốc độ dưới ba mươi ki lô mét trên giờ
Ngày 15/12 hằng năm là Ngày toàn dân phòng chống ma túy.
= ngày mười lăm tháng mười hai hằng năm là ngày toàn dân phòng chống ma túy
Không dùng điện để bẫy chuột, bẫy thú.
= không dùng điện để bẫy chuột bẫy thú
Cấm thả diều gần đường dây điện 35kV.
= cấm thả diều gần đường dây điện ba mươi lăm ki lô vôn
Tổ bảo vệ ANTT ở cơ sở gồm 3-5 thành viên.
= tổ bảo vệ an ninh trật tự ở cơ sở gồm ba đến năm thành viên
Người đi bộ qua đường sắt phải quan sát cả 2 phía.
= người đi bộ qua đường sắt phải quan sát cả hai phía
Khi gặp sự cố về điện, gọi tổng đài 1900 6769.
= khi gặp sự cố về điện gọi tổng đài một chín không không sáu bảy sáu chín
Tại giao lộ QL1A với TL 456 có đèn tín hiệu giao thông.
= tại giao lộ quốc lộ một a với tỉnh lộ bốn trăm năm mươi sáu có đèn tín hiệu giao thông
Cấm người và phương tiện qua cầu treo khi mực nước trên 2m.
= cấm người và phương tiện qua cầu treo khi mực nước trên hai mét
Từ 1/1/2025, xe máy vi phạm vượt đèn đỏ bị phạt 4-6 triệu đồng.
= từ ngày một tháng một năm hai nghìn không trăm hai mươi lăm xe máy vi phạm vượt đèn đỏ bị phạt bốn đến sáu triệu đồng
Tháng 11 là tháng cao điểm phòng cháy chữa cháy mùa khô.
= tháng mười một là tháng cao điểm phòng cháy chữa cháy mùa khô
"""

    /// Farming and livestock.
    static let farming = """
Lịch gieo cấy vụ Xuân năm 2025: gieo mạ từ 25/1 đến 5/2, cấy xong trước 28/2.
= lịch gieo cấy vụ xuân năm hai nghìn không trăm hai mươi lăm gieo mạ từ ngày hai mươi lăm tháng một đến ngày năm tháng hai cấy xong trước ngày hai mươi tám tháng hai
Trà lúa Xuân muộn gieo thẳng từ ngày 10-20/2.
= trà lúa xuân muộn gieo thẳng từ ngày mười đến hai mươi tháng hai
Các giống lúa chủ lực: BC15, TBR225, Thiên ưu 8 và Bắc thơm số 7.
= các giống lúa chủ lực bê xê mười lăm tê bê e rờ hai trăm hai mươi lăm thiên ưu tám và bắc thơm số bảy
Năng suất lúa bình quân đạt 62,5 tạ/ha.
= năng suất lúa bình quân đạt sáu mươi hai phẩy năm tạ một héc ta
Tổng sản lượng lương thực đạt 4.560 tấn, tăng 3,2% so với năm trước.
= tổng sản lượng lương thực đạt bốn nghìn năm trăm sáu mươi tấn tăng ba phẩy hai phần trăm so với năm trước
Rầy nâu, rầy lưng trắng mật độ 1.500-3.000 con/m² tập trung ở trà lúa muộn.
= rầy nâu rầy lưng trắng mật độ một nghìn năm trăm đến ba nghìn con một mét vuông tập trung ở trà lúa muộn
Sâu cuốn lá nhỏ lứa 4 nở rộ từ ngày 5-10/7.
= sâu cuốn lá nhỏ lứa bốn nở rộ từ ngày năm đến mười tháng bảy
Bà con phun thuốc khi mật độ sâu trên 50 con/m².
= bà con phun thuốc khi mật độ sâu trên năm mươi con một mét vuông
Bệnh đạo ôn cổ bông nguy cơ cao trên các giống nhiễm.
= bệnh đạo ôn cổ bông nguy cơ cao trên các giống nhiễm
HTX dịch vụ nông nghiệp cung ứng phân bón NPK 5-10-3 với giá 5.200đ/kg.
= hợp tác xã dịch vụ nông nghiệp cung ứng phân bón en pê ca năm mười ba với giá năm nghìn hai trăm đồng một ki lô gam
Mỗi sào Bắc Bộ 360m² bón 15-20kg đạm urê.
= mỗi sào bắc bộ ba trăm sáu mươi mét vuông bón mười lăm đến hai mươi ki lô gam đạm urê
Tiêm phòng cúm gia cầm H5N1 đợt 1 năm 2024 từ ngày 1/4.
= tiêm phòng cúm gia cầm hát năm en một đợt một năm hai nghìn không trăm hai mươi tư từ ngày một tháng tư
Dịch tả lợn châu Phi đã xuất hiện tại 2 hộ ở thôn 7.
= dịch tả lợn châu phi đã xuất hiện tại hai hộ ở thôn bảy
Xã đã tiêu hủy 45 con lợn với tổng trọng lượng 3.150kg.
= xã đã tiêu hủy bốn mươi lăm con lợn với tổng trọng lượng ba nghìn một trăm năm mươi ki lô gam
Mức hỗ trợ tiêu hủy lợn mắc bệnh là 38.000đ/kg lợn hơi.
= mức hỗ trợ tiêu hủy lợn mắc bệnh là ba mươi tám nghìn đồng một ki lô gam lợn hơi
Bà con không mua bán, vận chuyển lợn bệnh, không vứt xác lợn chết ra môi trường.
= bà con không mua bán vận chuyển lợn bệnh không vứt xác lợn chết ra môi trường
Khử trùng tiêu độc chuồng trại bằng vôi bột 1-2kg/10m².
= khử trùng tiêu độc chuồng trại bằng vôi bột một đến hai ki lô gam trên mười mét vuông
Chương trình hỗ trợ giống ngô LVN10 cho 25 ha vụ Đông.
= chương trình hỗ trợ giống ngô e lờ vê en mười cho hai mươi lăm héc ta vụ đông
Mưa lớn làm 12,5 ha ngô vụ Đông bị đổ gãy.
= mưa lớn làm mười hai phẩy năm héc ta ngô vụ đông bị đổ gãy
Trồng 15.000 cây keo trong Tết trồng cây Xuân Ất Tỵ 2025.
= trồng mười lăm nghìn cây keo trong tết trồng cây xuân ất tỵ hai nghìn không trăm hai mươi lăm
Độ che phủ rừng của xã đạt 62,8%.
= độ che phủ rừng của xã đạt sáu mươi hai phẩy tám phần trăm
Diện tích rừng trồng mới năm 2024 là 120 ha.
= diện tích rừng trồng mới năm hai nghìn không trăm hai mươi tư là một trăm hai mươi héc ta
Kênh N3 đoạn qua thôn 2 được nạo vét dài 1,2km.
= kênh en ba đoạn qua thôn hai được nạo vét dài một phẩy hai ki lô mét
Trạm bơm Đồng Đen bơm nước đổ ải từ 6h ngày 15/1.
= trạm bơm đồng đen bơm nước đổ ải từ sáu giờ ngày mười lăm tháng một
Đề nghị các hộ đắp bờ giữ nước, tránh lãng phí.
= đề nghị các hộ đắp bờ giữ nước tránh lãng phí
Cơ cấu giống: 70% lúa thuần, 30% lúa lai.
= cơ cấu giống bảy mươi phần trăm lúa thuần ba mươi phần trăm lúa lai
Giá thuê máy gặt đập liên hợp 250.000đ/sào.
= giá thuê máy gặt đập liên hợp hai trăm năm mươi nghìn đồng một sào
Hội nghị đầu bờ tổng kết mô hình lúa chất lượng cao tại cánh đồng thôn 4 lúc 8h30 ngày 12/6.
= hội nghị đầu bờ tổng kết mô hình lúa chất lượng cao tại cánh đồng thôn bốn lúc tám giờ ba mươi phút ngày mười hai tháng sáu
Chuyển đổi 5,6 ha đất lúa kém hiệu quả sang trồng cây ăn quả.
= chuyển đổi năm phẩy sáu héc ta đất lúa kém hiệu quả sang trồng cây ăn quả
Thời tiết nắng nóng, nhiệt độ trên 35°C, bà con cần tưới nước giữ ẩm cho cây trồng.
= thời tiết nắng nóng nhiệt độ trên ba mươi lăm độ xê bà con cần tưới nước giữ ẩm cho cây trồng
"""

    static let themes: [(String, String)] = [
        ("storms", storms),
        ("health", health),
        ("meetings", meetings),
        ("elections", elections),
        ("taxes", taxes),
        ("campaigns", campaigns),
        ("security", security),
        ("farming", farming),
    ]
}
