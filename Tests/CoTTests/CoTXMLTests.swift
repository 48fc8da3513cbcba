import CoT
import Testing

@Suite struct CoTXMLTests {
    static let sa = CoTEvent(
        uid: "ANDROID-1", type: "a-f-G-U-C", how: "m-g", time: CoTTime(millisecondsSince1970: 1_796_259_723_456),
        stale: CoTTime(millisecondsSince1970: 1_796_259_783_456),
        point: CoTPoint(lat: 38.1, lon: 127.25, hae: 12.5, ce: 9.9, le: CoTPoint.unknown),
        detail: [.contact(callsign: "JOKER", endpoint: "*:-1:stcp"), .remarks("hi")])

    @Test func encodesInTheFixedOrder() {
        #expect(
            CoTXML.encode(Self.sa)
                == #"<event version="2.0" uid="ANDROID-1" type="a-f-G-U-C" how="m-g" time="2026-12-03T01:02:03.456Z" "#
                + #"start="2026-12-03T01:02:03.456Z" stale="2026-12-03T01:03:03.456Z"><point lat="38.1" lon="127.25" "#
                + #"hae="12.5" ce="9.9" le="9999999.0"/><detail><contact endpoint="*:-1:stcp" callsign="JOKER"/>"#
                + #"<remarks>hi</remarks></detail></event>"#)
        #expect(CoTXML.encode(Self.sa, declaration: true).hasPrefix(CoTXML.declaration + "\n<event "))
    }

    @Test func seededEventsRoundTrip() throws {
        for seed in UInt64(0)..<300 {
            var random = RandomEvents(seed: seed)
            let event = random.event()
            let xml = CoTXML.encode(event)
            let decoded = try CoTXML.decode(Array(xml.utf8))
            #expect(decoded == event, "seed \(seed): \(xml)")
            #expect(CoTXML.encode(decoded) == xml, "seed \(seed): encoding is not deterministic")
        }
    }

    @Test func escapingKoreanAndNewlinesSurvive() throws {
        let remarks = "철원 GP-3: 인원 1명 & 개 <2마리> \"확인\" 'ok'\n둘째 줄\r\n셋째\ttab"
        var event = Self.sa
        event.detail = [
            .remarks(remarks),
            CoTElement("note", ["text": "a&b<c>d\"e'f\ng\th\r", "한글": "값"]),
        ]
        let xml = CoTXML.encode(event)
        #expect(!xml.contains("\r"))  // CR is written as &#13; so it survives line-end normalisation
        #expect(xml.contains("철원"))
        let decoded = try CoTXML.decode(Array(xml.utf8))
        #expect(decoded == event)
        #expect(decoded.remarks == remarks)
    }

    @Test func readsWhatOtherWritersWrite() throws {
        let xml = """
            \u{FEFF}<?xml version='1.0' encoding='UTF-8' standalone='yes'?>
            <!-- from a TAK server -->
            <event version='2.0' uid='x&apos;1' type='a-h-G' how='h-e' time='2026-12-03T01:02:03Z'
                   start='2026-12-03T01:02:03.1Z' stale='2026-12-03T01:02:03.123456Z' access='Undefined'>
              <point lat='38' lon='-127.5' hae='NaN' ce='1e1' le='+2.50'/>
              <detail>
                <remarks><![CDATA[<b>bold</b> & more]]> &#xD55C;&#44544; &#9;</remarks>
                <contact callsign="A
            B"/>
                <?pi ignored?>
                <empty></empty>
              </detail>
            </event>
            <!-- trailing comment -->

            """
        let event = try CoTXML.decode(Array(xml.utf8))
        #expect(event.uid == "x'1")
        #expect(event.access == "Undefined")
        #expect(event.start.millisecondsSince1970 == event.time.millisecondsSince1970 + 100)
        #expect(event.stale.millisecondsSince1970 == event.time.millisecondsSince1970 + 123)
        #expect(event.point == CoTPoint(lat: 38, lon: -127.5, hae: CoTPoint.unknown, ce: 10, le: 2.5))
        #expect(event.remarks == "<b>bold</b> & more 한글 \t")
        #expect(event.callsign == "A B")  // a literal line end in an attribute is a space
        #expect(event.detail.map(\.name) == ["remarks", "contact", "empty"])
        #expect(event.detail[2].text == nil)
    }

    @Test func helpersReadWhatAMapperNeeds() throws {
        let xml = """
            <event version="2.0" uid="GeoChat.ANDROID-1.All Chat Rooms.m1" type="b-t-f" how="h-g-i-g-o" \
            time="2026-12-03T01:02:03Z" start="2026-12-03T01:02:03Z" stale="2026-12-04T01:02:03Z">\
            <point lat="0" lon="0" hae="9999999" ce="9999999" le="9999999"/><detail>\
            <__chat parent="RootContactGroup" groupOwner="false" messageId="m1" chatroom="All Chat Rooms" \
            id="All Chat Rooms" senderCallsign="JOKER"><chatgrp uid0="ANDROID-1" uid1="All Chat Rooms" id="All Chat Rooms"/></__chat>\
            <link uid="ANDROID-1" type="a-f-G-U-C" relation="p-p"/><remarks source="BAO.F.ATAK.ANDROID-1" \
            to="All Chat Rooms" time="2026-12-03T01:02:03Z">move north</remarks>\
            <__group name="Cyan" role="Team Lead"/><status battery="87"/><track course="90.5" speed="1.25"/>\
            </detail></event>
            """
        let event = try CoTXML.decode(Array(xml.utf8))
        #expect(event.isChat)
        #expect(event.chatRoom == "All Chat Rooms")
        #expect(event.chatSender == "JOKER")
        #expect(event.chatMessageID == "m1")
        #expect(event.remarks == "move north")
        #expect(event.links.first?[attribute: "relation"] == "p-p")
        #expect(event.teamName == "Cyan")
        #expect(event.teamRole == "Team Lead")
        #expect(event.battery == 87)
        #expect(event.track == CoTTrack(course: 90.5, speed: 1.25))
        #expect(event.callsign == nil)
    }

    @Test func theEncoderAlwaysWritesWellFormedXML() throws {
        var event = Self.sa
        event.detail = [
            CoTElement(name: "bad name<", attributes: [
                CoTAttribute(name: "", value: "nul\u{0}bell\u{7}"), CoTAttribute(name: "dup", value: "1"),
                CoTAttribute(name: "dup", value: "2"),
            ], text: "\u{FFFE}")
        ]
        event.point = CoTPoint(lat: .nan, lon: 200, hae: .infinity)
        let decoded = try CoTXML.decode(Array(CoTXML.encode(event).utf8))
        #expect(decoded.detail[0].name == "bad_name_")
        #expect(decoded.detail[0].attributes == [
            CoTAttribute(name: "_", value: "nul\u{FFFD}bell\u{FFFD}"), CoTAttribute(name: "dup", value: "1"),
        ])
        #expect(decoded.point == CoTPoint(lat: 0, lon: 180))
    }
}
